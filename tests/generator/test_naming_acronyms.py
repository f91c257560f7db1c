"""Mixed-case acronyms (issue 13): ``IoT``, ``OAuth``, ``SignalR`` are one word
each, so snake_case names do not cut them (``io_t_spaces_list``), and class
names keep their spelling."""

from __future__ import annotations

import pytest
from gen_helpers import op, spec
from test_naming_rules import names

from clientsmith.generator.naming import (
    class_name,
    method_name,
    snake_name,
    split_words,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IoTSpaces_List", "iot_spaces_list"),  # Azure
        ("SignalR_CheckNameAvailability", "signalr_check_name_availability"),
        ("createImpersonationOAuthToken", "create_impersonation_oauth_token"),
        ("QnAMaker", "qna_maker"),
        ("PaaSOffer", "paas_offer"),
        ("iOSApps", "ios_apps"),
        ("signalR", "signalr"),  # the same spelled with a lower-case first letter
        ("oAuthToken", "oauth_token"),
    ],
)
def test_mixed_case_acronyms_are_one_word(text: str, expected: str) -> None:
    assert method_name(text) == expected
    assert snake_name(text) == expected


def test_other_single_letters_still_split() -> None:
    assert split_words("IsXEnabled") == ["Is", "X", "Enabled"]
    assert split_words("getAThing") == ["get", "A", "Thing"]
    assert split_words("Io") == ["Io"] and split_words("T") == ["T"]


def test_class_names_keep_the_acronyms_spelling() -> None:
    assert class_name("IoTSpacesDescription") == "IoTSpacesDescription"
    assert class_name("oAuthToken") == "OAuthToken"
    assert split_words("Microsoft.IoTSpaces") == ["Microsoft", "IoT", "Spaces"]


def test_an_azure_iot_operation_reads_as_a_person_would_write_it() -> None:
    # Azure IoTSpaces: ids ``IoTSpaces_<Action>`` under the provider's paths
    base = "/subscriptions/{subscriptionId}/providers/Microsoft.IoTSpaces"
    doc = spec(
        {
            f"{base}/Graph": {"get": op("IoTSpaces_List", tags=["collection"])},
            f"{base}/checkNameAvailability": {
                "post": op("IoTSpaces_CheckNameAvailability", tags=["proxy"]),
            },
        }
    )
    assert names(doc) == {
        # were ``collection.io_t_spaces_list`` ...
        f"GET {base}/Graph": "collection.iot_spaces_list",
        f"POST {base}/checkNameAvailability": "proxy.iot_spaces_check_name_availability",
    }
