"""Services: what each command asks of the domain, without any terminal or file concerns."""
