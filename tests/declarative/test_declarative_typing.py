"""Type checkers see the declared signatures: ``mypy --strict`` on real code.

The example clients must check cleanly; ``reveal_type`` shows each method's
real signature and result; and misuse (a wrong argument type, a missing
``await``, a typo in a keyword) is reported where it happens. Lines marked
``# R: text`` must reveal a type containing ``text``; lines marked ``# E: text``
must have an error containing ``text``; no other line may have an error.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CASES = """
from __future__ import annotations

from clientsmith import Client
from clientsmith.builder import ClientBuilder
from chat_client import AsyncChat, Chat, NewMessage
from handwritten_client import AsyncPetstore, NewPet, Pet, Petstore


def sync_calls(client: Petstore) -> None:
    reveal_type(client.pets)  # R: handwritten_client.Petstore.Pets
    reveal_type(client.pets.fetch)  # R: def (pet_id: builtins.int) -> handwritten_client.Pet
    reveal_type(client.pets.create(NewPet(name="a")))  # R: handwritten_client.Pet
    reveal_type(client.pets.list_all(max_items=3))  # R: clientsmith.pagination.SyncPage[handwritten_client.Pet]
    reveal_type(client.pets.remove(1))  # R: None
    reveal_type(client.pets.search({"name": "x"}))  # R: builtins.list[handwritten_client.Pet]
    reveal_type(client.store.inventory())  # R: builtins.dict[builtins.str, builtins.int]
    reveal_type(client.health())  # R: builtins.str
    reveal_type(client.pets.photo(1))  # R: clientsmith.streaming.BinaryResponse
    reveal_type(ClientBuilder().build(Petstore))  # R: handwritten_client.Petstore
    reveal_type(ClientBuilder().build())  # R: clientsmith.client.Client


async def async_calls(client: AsyncPetstore) -> None:
    reveal_type(client.pets.fetch(1))  # R: typing.Coroutine[Any, Any, handwritten_client.Pet]
    reveal_type(await client.pets.fetch(1))  # R: handwritten_client.Pet
    reveal_type(client.pets.list_all())  # R: clientsmith.pagination.AsyncPage[handwritten_client.Pet]
    reveal_type(await client.health())  # R: builtins.str
    reveal_type(ClientBuilder().build_async(AsyncPetstore))  # R: handwritten_client.AsyncPetstore


def streams_and_nesting(chat: Chat, achat: AsyncChat) -> None:
    reveal_type(chat.teams("core"))  # R: chat_client.Chat.Teams
    reveal_type(chat.teams("core").channel("general"))  # R: chat_client.Chat.Teams.Channel
    reveal_type(chat.teams("c").channel("g").messages(author="a"))  # R: typing.Iterator[chat_client.Message]
    reveal_type(chat.teams("c").channel("g").import_messages([NewMessage(author="a", text="b")]))  # R: typing.Iterator[chat_client.Imported]
    reveal_type(chat.teams("c").channel("g").events())  # R: typing.Iterator[clientsmith.streaming.ServerSentEvent]
    reveal_type(achat.teams("c").channel("g").follow())  # R: typing.AsyncIterator[chat_client.Message]
    chat.teams("c").channel("g").messages(author=1)  # E: Argument "author" to "messages" of "Channel" has incompatible type "int"
    chat.teams("c").channel("g").import_messages([{"text": "x"}])  # E: List item 0 has incompatible type "dict[str, str]"; expected "NewMessage"


def misuse(client: Petstore, aclient: AsyncPetstore) -> None:
    client.pets.fetch("1")  # E: Argument 1 to "fetch" of "Pets" has incompatible type "str"; expected "int"
    client.pets.fetch(1, 2)  # E: Too many arguments for "fetch" of "Pets"
    client.pets.list_all(stauts=["x"])  # E: Unexpected keyword argument "stauts"
    client.pets.list_all(["available"])  # E: Too many positional arguments
    client.pets.create({"name": "x"})  # E: incompatible type "dict[str, str]"; expected "NewPet"
    name: str = client.pets.fetch(1)  # E: Incompatible types in assignment (expression has type "Pet", variable has type "str")
    pet: Pet = aclient.pets.fetch(1)  # E: expression has type "Coroutine[Any, Any, Pet]", variable has type "Pet"
    client.pets.fetch()  # E: Missing positional argument "pet_id"
    client.pest  # E: "Petstore" has no attribute "pest"
    ClientBuilder().build(AsyncPetstore)  # E: Value of type variable "C" of "build" of "ClientBuilder" cannot be "AsyncPetstore"
    ClientBuilder().timeout("10")  # E: Argument 1 to "timeout" of "ClientBuilder" has incompatible type "str"
    other: Client = ClientBuilder().build(Petstore)
    print(name, pet, other)
"""


def test_mypy_sees_the_real_signatures(tmp_path: Path) -> None:
    shutil.copy(ROOT / "examples" / "handwritten_client.py", tmp_path)
    shutil.copy(ROOT / "examples" / "chat_client.py", tmp_path)
    (tmp_path / "cases.py").write_text(CASES)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            "--hide-error-context",
            "--no-error-summary",
            "--show-error-codes",
            "handwritten_client.py",
            "chat_client.py",
            "cases.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    output = proc.stdout + proc.stderr
    found: dict[int, list[str]] = {}
    for match in re.finditer(r"^(\S+?):(\d+): (error|note): (.*)$", output, re.M):
        path, line, _, message = match.groups()
        assert path == "cases.py", output  # the examples themselves check cleanly
        found.setdefault(int(line), []).append(message)
    expected_lines = set()
    for number, text in enumerate(CASES.splitlines(), start=1):
        marker = re.search(r"# ([RE]): (.*)$", text)
        if marker is None:
            continue
        expected_lines.add(number)
        kind, want = marker.groups()
        # mypy versions differ on printing ``builtins.`` in revealed types
        messages = [m.replace("builtins.", "") for m in found.get(number, [])]
        want = want.replace("builtins.", "")
        if kind == "R":
            revealed = [m for m in messages if m.startswith("Revealed type is")]
            assert revealed and want in revealed[0], (number, want, output)
        else:
            assert any(want in m for m in messages), (number, want, output)
    unexpected = {n: m for n, m in found.items() if n not in expected_lines}
    assert not unexpected, output
    assert proc.returncode == 1  # the misuse lines are errors
