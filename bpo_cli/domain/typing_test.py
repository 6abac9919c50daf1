"""A typing test as hiring tests run it: a passage, a timer, words a minute and accuracy.

The formula (the usual one of typing tests):

- a "word" is 5 characters, spaces and punctuation included;
- gross WPM = characters typed / 5 / minutes;
- errors = typed characters that differ from the passage at the same position, plus characters
  typed beyond its end (corrected mistakes, erased with Backspace, do not count);
- net WPM = gross WPM - errors / minutes (never below 0), the figure employers quote;
- accuracy = characters typed correctly / characters typed, as a percentage.

The clock starts at the first key and stops at Enter, so reading the passage costs nothing.
Passages are our own, made up for practice: no real person, address or account is in them.
"""

from __future__ import annotations

from msgspec import Struct

PASSAGES: tuple[tuple[str, str], ...] = (
    (
        "customer e-mail",
        "Dear Ms. Reyes, thank you for writing to us. We are sorry that your order arrived late. "
        "A refund of $12.50 for the delivery fee will reach your card within 5 working days.",
    ),
    (
        "address",
        "Ship to: Unit 4B, Lotus Court, 27 Harbor View Road, Springfield, OR 97477. "
        "Contact: Daniel Moore, (541) 555-0148. Leave the parcel with the front desk.",
    ),
    (
        "invoice lines",
        "INV-20931 | 3 x Ink cartridge, black @ 18.75 = 56.25 | 1 x A4 paper, 500 sheets @ "
        "6.40 = 6.40 | Subtotal 62.65 | Tax 8% 5.01 | Total due 67.66 by 30 June.",
    ),
    (
        "customer e-mail",
        "Hello Mr. Khan, your ticket number is 448172. Our technician will call you tomorrow "
        "between 10 am and 12 noon to reset your router. Please keep your account PIN ready.",
    ),
    (
        "claim note",
        "Claim 77-3105: patient seen on 03/14 for a follow-up visit. Code 99213 billed at 110.00; "
        "payer allowed 84.20. Resubmit with the corrected member ID and attach the referral.",
    ),
)

CHARS_PER_WORD = 5


class TypingResult(Struct, frozen=True):
    characters: int  # typed (after corrections)
    errors: int
    seconds: float
    gross_wpm: float
    net_wpm: float
    accuracy: float  # percent, one decimal


def score(passage: str, typed: str, seconds: float) -> TypingResult:
    """Words a minute and accuracy for `typed` against `passage`, typed in `seconds`."""
    minutes = max(seconds, 0.001) / 60
    errors = sum(1 for i, ch in enumerate(typed) if i >= len(passage) or ch != passage[i])
    gross = len(typed) / CHARS_PER_WORD / minutes
    net = max(0.0, gross - errors / minutes)
    accuracy = 100.0 * (len(typed) - errors) / len(typed) if typed else 0.0
    return TypingResult(
        characters=len(typed),
        errors=errors,
        seconds=round(seconds, 2),
        gross_wpm=round(gross, 1),
        net_wpm=round(net, 1),
        accuracy=round(accuracy, 1),
    )
