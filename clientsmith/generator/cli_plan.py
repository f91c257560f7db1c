"""What ``cli.py.jinja`` renders: click groups, commands and options, from the IR.

Everything here is either a Python identifier from the IR, a fixed code fragment
chosen below, or spec text kept as data (descriptions, enum values), which the
template passes through ``pyrepr`` / ``docstring``. The runtime half of the
generated command line is :mod:`clientsmith.cli_support`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Literal

from .imports import ImportBlock, import_block
from .ir import ModelIR, OperationIR, PackageIR, ParamIR, ResourceIR

__all__ = ["CliCommand", "CliGroup", "CliOption", "CliPlan", "plan_cli"]

_SCALARS = {
    "str": "click.STRING",
    "int": "click.INT",
    "float": "click.FLOAT",
    "bool": "click.BOOL",
}
_LIST = re.compile(r"^(?:list|tuple|Sequence)\[(\w+)(?:, \.\.\.)?\]$")
# A resource class with a method named ``list`` writes ``builtins.list[X]``;
# the CLI module has no such method.
_BUILTINS = re.compile(r"\bbuiltins\.")


@dataclass(frozen=True)
class CliOption:
    """One click parameter of a command, and how its value reaches the method."""

    dest: str
    """Name of the callback's argument (an identifier)."""
    flag: str
    """``--pet-id`` (options) or the argument name (``argument``)."""
    keyword: str
    """Keyword of the resource method (``""``: positional path parameter)."""
    annotation: str
    """Type of the callback's argument as click delivers it."""
    click_type: str
    """Fixed code: ``click.INT`` ...; empty when ``choices`` is used."""
    choices: tuple[str, ...]
    """Enum values (spec text: rendered with ``pyrepr``)."""
    value: str
    """Expression passed to the method (identifiers and fixed code only)."""
    required: bool
    multiple: bool
    argument: bool
    description: str | None
    metavar: str = ""


@dataclass(frozen=True)
class CliCommand:
    name: str
    """Command name, e.g. ``get`` or ``list-for-org``."""
    function: str
    access: str
    """``pets`` or ``networks.connectors``: the resource on the client."""
    method: str
    runner: str
    """Name of the callback argument holding the ``Runner``."""
    client: str
    """Name of the lambda's client argument."""
    mode: Literal["result", "items", "download"]
    options: tuple[CliOption, ...]
    docstring: str
    max_items: str = ""
    """Callback argument of ``--max-items`` (list commands)."""
    output: str = ""
    """Callback argument of ``--output`` (downloads)."""
    progress: str = ""
    """Callback argument of ``--progress/--no-progress`` (lists, downloads)."""
    method_takes_max_items: bool = False
    """Paged methods stop themselves; streamed lines are cut by the runner."""

    @property
    def arguments(self) -> tuple[CliOption, ...]:
        return tuple(o for o in self.options if o.argument)

    @property
    def call_args(self) -> tuple[str, ...]:
        args = [o.value for o in self.options if o.argument]
        args += [f"{o.keyword}={o.value}" for o in self.options if o.keyword]
        if self.mode == "items" and self.method_takes_max_items:
            args.append(f"max_items={self.max_items}")
        return tuple(args)


@dataclass(frozen=True)
class CliGroup:
    name: str
    function: str
    parent: str
    """Function of the parent group (``main`` for top-level resources)."""
    description: str | None
    commands: tuple[CliCommand, ...]


@dataclass(frozen=True)
class CliPlan:
    groups: tuple[CliGroup, ...]
    """Parents before children."""
    imports: ImportBlock
    """The import statements of ``cli.py`` (enum classes the conversions name
    from ``.models`` included)."""

    @property
    def example(self) -> tuple[str, CliCommand] | None:
        """``(group path, command)`` of the first command, for the README."""
        paths: dict[str, str] = {"main": ""}
        for group in self.groups:
            paths[group.function] = (
                paths.get(group.parent, "") + " " + group.name
            ).strip()
            if group.commands:
                return paths[group.function], group.commands[0]
        return None


def _dashed(name: str) -> str:
    return name.strip("_").replace("_", "-") or name


_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _plain(value: str) -> str:
    """Terminal text: HTML tags dropped, entities decoded (specs often hold HTML)."""
    return html.unescape(_TAG.sub("", value))


def _text(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(_plain(value).split())
    return text or None


class _Enums:
    def __init__(self, package: PackageIR) -> None:
        self.models: dict[str, ModelIR] = {
            m.name: m for module in package.model_modules for m in module.models
        }
        self.used: set[str] = set()

    def lookup(self, name: str) -> ModelIR | None:
        model = self.models.get(name)
        seen = 0
        while model is not None and model.kind == "alias" and seen < 10:
            alias = model.alias.expr if model.alias is not None else ""
            model = self.models.get(alias)
            seen += 1
        if model is not None and model.kind == "enum" and model.members:
            return model
        return None


def _option(
    param: ParamIR, dest: str, flag: str, enums: _Enums, *, argument: bool
) -> CliOption:
    expr = _BUILTINS.sub("", param.type.expr).strip()
    nullable = expr.endswith(" | None")
    if nullable:
        expr = expr[: -len(" | None")].strip()
    given = "" if param.required else "_cli.given"
    keyword = "" if argument else param.name
    description = _text(param.description)
    if param.deprecated:
        description = f"(deprecated) {description}" if description else "(deprecated)"

    def make(
        annotation: str,
        value: str,
        *,
        click_type: str = "",
        choices: tuple[str, ...] = (),
        multiple: bool = False,
        metavar: str = "",
    ) -> CliOption:
        return CliOption(
            dest=dest,
            flag=flag,
            keyword=keyword,
            annotation=annotation,
            click_type=click_type,
            choices=choices,
            value=value,
            required=param.required and not nullable,
            multiple=multiple,
            argument=argument,
            description=description,
            metavar=metavar,
        )

    def wrap(value: str) -> str:
        return f"{given}({value})" if given else value

    if expr in _SCALARS:
        optional = not param.required or nullable
        return make(
            f"{expr} | None" if optional else expr,
            wrap(dest),
            click_type=_SCALARS[expr],
        )
    enum = enums.lookup(expr)
    if enum is not None:
        enums.used.add(enum.name)
        optional = not param.required or nullable
        convert = (
            enum.name if enum.enum_base != "int" else f"_cli.int_enum({enum.name})"
        )
        choices = tuple(str(m.value) for m in enum.members)
        if given:
            value = f"_cli.given({dest}, {convert})"
        elif nullable:
            value = f"_cli.optional({dest}, {convert})"
        else:
            value = f"{convert}({dest})"
        return make(
            "str | None" if optional else "str",
            value,
            choices=choices,
        )
    match = _LIST.match(expr)
    if match is not None and not argument:
        inner = match.group(1)
        if inner in _SCALARS and inner != "bool":
            value = f"list({dest})" if not given else f"_cli.given_list({dest})"
            return make(
                f"tuple[{inner}, ...]",
                value,
                click_type=_SCALARS[inner],
                multiple=True,
            )
        enum = enums.lookup(inner)
        if enum is not None:
            enums.used.add(enum.name)
            convert = (
                enum.name if enum.enum_base != "int" else f"_cli.int_enum({enum.name})"
            )
            value = (
                f"_cli.given_list({dest}, {convert})"
                if given
                else f"_cli.as_list({dest}, {convert})"
            )
            return make(
                "tuple[str, ...]",
                value,
                choices=tuple(str(m.value) for m in enum.members),
                multiple=True,
            )
    # Objects, arrays of objects, dates, unions...: JSON (or a plain string).
    optional = not param.required or nullable
    return make(
        "str | None" if optional else "str",
        f"_cli.json_value({dest}, required={not optional})",
        click_type="click.STRING",
        metavar="JSON",
    )


def _help(op: OperationIR, arguments: list[CliOption]) -> str:
    """Command help: summary, description, then the HTTP request (options document
    the parameters, so the method docstring's ``Args:`` section is left out)."""
    parts: list[str] = []
    for text in (op.summary, op.description):
        text = _plain(text or "").strip()
        if text and text not in parts:
            parts.append(text)
    request = f"{op.http_method.upper()} {op.path}"
    if parts and parts[0] == request:
        parts = parts[1:]
    for o in arguments:
        text = o.description or ""
        if o.choices:
            text = f"{text} One of: {', '.join(o.choices)}.".strip()
        if text:
            parts.append(f"{o.dest.upper()}: {text}")
    if op.deprecated:
        parts.append("Deprecated.")
    parts.append(request)
    return "\n\n".join(parts)


def _unique(name: str, taken: set[str]) -> str:
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def _command(resource: ResourceIR, op: OperationIR, enums: _Enums) -> CliCommand:
    mode: Literal["result", "items", "download"] = "result"
    if op.call in ("paginate", "stream_lines", "stream_events"):
        mode = "items"
    elif op.call == "stream":
        mode = "download"
    taken_dest: set[str] = {str(p.name) for p in op.all_params}
    if op.body is not None:
        taken_dest.add(op.body.name)
    taken_flags = {"--help"}
    runner = _unique("runner", taken_dest)
    client = _unique("client", taken_dest)
    max_items = _unique("max_items", taken_dest) if mode == "items" else ""
    output = _unique("output", taken_dest) if mode == "download" else ""
    progress = _unique("progress", taken_dest) if mode != "result" else ""
    files = (
        _unique("files", taken_dest)
        if op.body is not None and op.body.kind == "multipart"
        else ""
    )
    if mode == "items":
        taken_flags.add("--max-items")
    if mode == "download":
        taken_flags.add("--output")
    if mode != "result":
        taken_flags.update(("--progress", "--no-progress"))
    if op.body is not None:
        taken_flags.add("--body")
        if files:
            taken_flags.add("--file")
    options: list[CliOption] = []
    for p in op.path_params:
        options.append(_option(p, p.name, p.name, enums, argument=True))
    for p in op.params:
        flag = "--" + _dashed(p.name)
        if flag in taken_flags:
            flag = "--param-" + _dashed(p.name)
        taken_flags.add(flag)
        options.append(_option(p, p.name, flag, enums, argument=False))
    if op.body is not None:
        body = op.body
        required = body.required
        if body.kind == "multipart":
            value = f"_cli.multipart_body({body.name}, {files}, required={required})"
        elif body.kind == "binary":
            value = f"_cli.binary_body({body.name}, required={required})"
        elif body.kind == "text":
            value = f"_cli.text_body({body.name}, required={required})"
        else:
            value = f"_cli.json_body({body.name}, required={required})"
        description = _text(body.description)
        hint = (
            "raw bytes: @FILE, - (stdin) or text"
            if body.kind == "binary"
            else "text, @FILE or - (stdin)"
            if body.kind == "text"
            else f"JSON, @FILE.json or - (stdin); {body.content_type}"
        )
        options.append(
            CliOption(
                dest=body.name,
                flag="--body",
                keyword=body.name,
                annotation="str" if required and not files else "str | None",
                click_type="click.STRING",
                choices=(),
                value=value,
                required=required and not files,
                multiple=False,
                argument=False,
                description=f"{description} ({hint})"
                if description
                else f"Request body ({hint}).",
                metavar="BODY",
            )
        )
        if files:
            options.append(
                CliOption(
                    dest=files,
                    flag="--file",
                    keyword="",
                    annotation="tuple[str, ...]",
                    click_type="click.STRING",
                    choices=(),
                    value="",
                    required=False,
                    multiple=True,
                    argument=False,
                    description="A file part: FIELD=PATH (repeatable).",
                    metavar="FIELD=PATH",
                )
            )
    # --file is folded into the body value, not passed on its own.
    return CliCommand(
        name=_dashed(op.method_name),
        function=f"_cmd_{resource.module}__{op.method_name}",
        access=resource.access or resource.attribute,
        method=op.method_name,
        runner=runner,
        client=client,
        mode=mode,
        options=tuple(options),
        docstring=_help(op, [o for o in options if o.argument]),
        max_items=max_items,
        output=output,
        progress=progress,
        method_takes_max_items=op.call == "paginate",
    )


def plan_cli(package: PackageIR) -> CliPlan:
    """Groups (one per resource, nested like the resources) and their commands."""
    enums = _Enums(package)
    by_module: dict[str, ResourceIR] = {r.module: r for r in package.resources}
    parent_of: dict[str, str] = {}
    for r in package.resources:
        for child in r.children:
            parent_of[child.module] = r.module
    groups: list[CliGroup] = []
    done: set[str] = set()
    # Sibling names per parent group; the root also has the ``auth`` command.
    names: dict[str, set[str]] = {"main": {"auth"}}

    def visit(resource: ResourceIR) -> None:
        if resource.module in done:
            return
        parent = parent_of.get(resource.module)
        if parent is not None and parent in by_module:
            visit(by_module[parent])
        done.add(resource.module)
        commands = tuple(_command(resource, op, enums) for op in resource.operations)
        # click needs unique command names within a group (children are groups too).
        seen = {_dashed(c.attribute) for c in resource.children}
        unique: list[CliCommand] = []
        for command in commands:
            name = command.name
            while name in seen:
                name += "-op"
            seen.add(name)
            unique.append(
                command
                if name == command.name
                else CliCommand(**{**vars(command), "name": name})
            )
        parent_function = (
            f"_group_{parent}" if parent is not None and parent in by_module else "main"
        )
        siblings = names.setdefault(parent_function, set())
        group_name = _dashed(resource.attribute)
        while group_name in siblings:
            group_name += "-api"
        siblings.add(group_name)
        function = f"_group_{resource.module}"
        names.setdefault(function, set()).update(c.name for c in unique)
        groups.append(
            CliGroup(
                name=group_name,
                function=function,
                parent=parent_function,
                description=_text(resource.description),
                commands=tuple(unique),
            )
        )

    for resource in package.resources:
        visit(resource)
    imports = {
        ("import", "click"),
        ("clientsmith", "cli_support as _cli"),
        ("._client", "DEFAULT_BASE_URL"),
        ("._client", package.client_class),
    }
    if package.servers:
        imports.add(("._client", "Environment"))
    imports |= {(".models", name) for name in enums.used}
    return CliPlan(
        groups=tuple(groups),
        imports=import_block(imports),
    )
