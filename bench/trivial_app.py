"""The baseline: a typer app with one command, the least any typer CLI can start in."""

import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    print(f"hello {name}")


if __name__ == "__main__":
    app()
