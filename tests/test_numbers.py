import pytest

from toll.numbers import parse_number


@pytest.mark.parametrize("text,value", [
    ("352", 352), ("1,351", 1351), ("1684", 1684), ("55,110", 55110), ("1 000", 1000),
    ("forty-two", 42), ("Ninety", 90), ("Seventeen", 17), ("twenty one", 21),
    ("a dozen", 12), ("dozen", 12), ("a hundred", 100), ("seven hundred", 700),
    ("two hundred and forty-one", 241), ("12 thousand", 12000), ("3.5 million", 3_500_000),
    ("1.2k", 1200), ("2.5 thousand", 2500), ("2m", 2_000_000), ("one", 1),
])
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "hundreds", "many", "1.5", "thousand", "12th", "killed", "a"])
def test_not_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["31 and 34", "31 34", "five five"])
def test_two_figures_side_by_side_are_not_one(text):
    assert parse_number(text) is None
