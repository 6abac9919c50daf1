"""The fixed terms bpo states: what its advice is for, the O*NET attribution, and its limits.

One home, so the disclaimer a report prints, the one `bpo about` shows and the one in the JSON are
the same words, and a limit the questionnaire enforces is the limit the answers file is checked by.
"""

DISCLAIMER = (
    "bpo's advice is for career exploration only: it suggests roles to look into and ways to "
    "prepare. It is not a test, and it must not be used to screen, select or reject candidates. "
    "O*NET's interest figures describe occupations in the United States; BPO roles elsewhere "
    "may differ."
)

ATTRIBUTION = (
    "This product includes information from the O*NET 29.3 Database (interests, job zones, "
    "related occupations) and O*NET 27.0 Database (required level of education) by the U.S. "
    "Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the "
    "CC BY 4.0 license (https://creativecommons.org/licenses/by/4.0/). O*NET® is a trademark of "
    "USDOL/ETA. Changes: selected columns only; modal education category computed as the category "
    "with the largest share. USDOL/ETA has not approved, endorsed, or tested these modifications."
)

MAX_EXPERIENCE = 60  # years of work experience an answer may give (questionnaire, files, data)
