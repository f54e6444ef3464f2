"""Financial identifiers for demo assets: IBANs, bank account numbers and crypto wallets.

IBANs follow each country's BBAN layout and carry valid ISO 13616 check digits. Bitcoin
addresses are bech32 (BIP 173) P2WPKH with a valid checksum; Tron addresses are Base58Check
with the 0x41 prefix, as USDT (TRC-20) wallets used in scams look; Ethereum addresses are
lower-case hex.
"""

from __future__ import annotations

import hashlib
import random

from pamoja.demo.numbers import alpha2

# country: BBAN layout as runs of <length><n digits | a upper-case letters | c letters or digits>
IBAN_LAYOUTS: dict[str, str] = {
    "FRA": "5n5n11c2n",
    "BEL": "3n7n2n",
    "NLD": "4a10n",
    "DEU": "8n10n",
    "ITA": "1a5n5n12c",
    "ESP": "4n4n1n1n10n",
    "PRT": "4n4n11n2n",
    "POL": "8n16n",
    "SWE": "3n16n1n",
    "GBR": "4a6n8n",
    "UKR": "6n19c",
    "SRB": "3n13n2n",
    "KAZ": "3n13c",
    "EGY": "4n4n17n",
    "TUN": "2n3n13n2n",
    "LBY": "3n3n15n",
    "SAU": "2n18c",
    "ARE": "3n16n",
    "QAT": "4a21c",
    "KWT": "4a22c",
    "BHR": "4a14c",
    "JOR": "4a4n18c",
    "LBN": "4n20c",
    "IRQ": "4a3n12n",
    "SDN": "2n12n",
    "SOM": "4n3n12n",
    "BRA": "8n5n10n1a1c",
}

_CHARSETS = {
    "n": "0123456789",
    "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "c": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
}


def _bban(layout: str, rng: random.Random) -> str:
    out = []
    length = ""
    for char in layout:
        if char.isdigit():
            length += char
            continue
        charset = _CHARSETS[char]
        out.append("".join(rng.choice(charset) for _ in range(int(length))))
        length = ""
    return "".join(out)


def _as_number(text: str) -> int:
    return int("".join(str(int(char, 36)) for char in text))


def iban_check_digits(country_code: str, bban: str) -> str:
    """The two ISO 13616 check digits of an IBAN with this alpha-2 country code and BBAN."""
    return f"{98 - _as_number(bban + country_code + '00') % 97:02d}"


def is_valid_iban(iban: str) -> bool:
    """Whether an IBAN (no spaces) passes the ISO 13616 mod-97 check."""
    return len(iban) > 4 and _as_number(iban[4:] + iban[:4]) % 97 == 1


def bank_account(country: str, rng: random.Random) -> tuple[str, str]:
    """An (identifier kind, value) pair: an IBAN where `country` uses them, else a number."""
    layout = IBAN_LAYOUTS.get(country)
    if layout is None:
        digits = rng.randrange(10, 14)
        return "bank_account", "".join(str(rng.randrange(10)) for _ in range(digits))
    code = alpha2(country)
    bban = _bban(layout, rng)
    return "iban", f"{code}{iban_check_digits(code, bban)}{bban}"


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _bech32_polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for index, generator in enumerate(_BECH32_GENERATOR):
            if (top >> index) & 1:
                checksum ^= generator
    return checksum


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]


def is_valid_bech32(address: str) -> bool:
    """Whether a bech32 address's checksum is right."""
    hrp, _, data = address.rpartition("1")
    values = [_BECH32.index(char) for char in data]
    return _bech32_polymod(_hrp_expand(hrp) + values) == 1


def bitcoin_address(rng: random.Random) -> str:
    """A mainnet P2WPKH bech32 address (`bc1q…`) for a random 20-byte key hash."""
    program = rng.randbytes(20)
    bits = int.from_bytes(program, "big")
    data = [0] + [(bits >> (5 * (31 - index))) & 31 for index in range(32)]
    polymod = _bech32_polymod([*_hrp_expand("bc"), *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - index)) & 31 for index in range(6)]
    return "bc1" + "".join(_BECH32[value] for value in data + checksum)


_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _base58(payload: bytes) -> str:
    number = int.from_bytes(payload, "big")
    out = []
    while number:
        number, remainder = divmod(number, 58)
        out.append(_BASE58[remainder])
    leading_zeros = len(payload) - len(payload.lstrip(b"\0"))
    return "1" * leading_zeros + "".join(reversed(out))


def tron_address(rng: random.Random) -> str:
    """A Tron address (`T…`, Base58Check of 0x41 and a 20-byte account id)."""
    payload = b"\x41" + rng.randbytes(20)
    checksum = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return _base58(payload + checksum)


def ethereum_address(rng: random.Random) -> str:
    return "0x" + rng.randbytes(20).hex()


def crypto_wallet(rng: random.Random) -> tuple[str, str]:
    """A (description, address) pair for a wallet on Bitcoin, Tron (USDT) or Ethereum."""
    roll = rng.random()
    if roll < 0.4:
        return "USDT (TRC-20) wallet on Tron", tron_address(rng)
    if roll < 0.75:
        return "Bitcoin wallet", bitcoin_address(rng)
    return "Ethereum wallet", ethereum_address(rng)
