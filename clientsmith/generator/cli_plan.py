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
from .ir import BodyIR, ModelIR, OperationIR, PackageIR, ParamIR, ResourceIR
from .typeexpr import NONE, STR, Generic, Model, Name, TupleOf, TypeExpr, union

__all__ = ["CliCommand", "CliGroup", "CliOption", "CliPlan", "plan_cli"]

_SCALARS = {
    "str": "click.STRING",
    "int": "click.INT",
    "float": "click.FLOAT",
    "bool": "click.BOOL",
}


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

    def lookup(self, t: TypeExpr) -> ModelIR | None:
        """The enum ``t`` names, through aliases of it; marked as used."""
        model = self.models.get(t.name) if isinstance(t, Model) else None
        seen = 0
        while model is not None and model.kind == "alias" and seen < 10:
            alias = model.alias
            model = self.models.get(alias.name) if isinstance(alias, Model) else None
            seen += 1
        if model is not None and model.kind == "enum" and model.members:
            self.used.add(model.name)
            return model
        return None


def _choices(enum: ModelIR) -> tuple[str, ...]:
    """The enum's values as the command line takes them (spec text, as data)."""
    return tuple(str(m.value) for m in enum.members)


@dataclass(frozen=True)
class _Shape:
    """How click takes a parameter's value, and how the callback passes it on."""

    annotation: str
    value: str
    click_type: str = ""
    choices: tuple[str, ...] = ()
    multiple: bool = False
    metavar: str = ""


@dataclass(frozen=True)
class _Value:
    """What the shape of one parameter depends on."""

    dest: str
    type: TypeExpr
    """The parameter's type, ``None`` left out (see ``nullable``)."""
    given: bool
    """The parameter may be left out: the value is wrapped in ``_cli.given``."""
    nullable: bool

    @property
    def optional(self) -> bool:
        return self.given or self.nullable

    def annotation(self, name: TypeExpr) -> str:
        """``name``, or ``name | None`` when click may deliver no value."""
        return union((name, NONE)).expr if self.optional else name.expr


def _enum_conversion(enum: ModelIR) -> str:
    """Code turning a chosen string into the enum (int enums by value)."""
    return enum.name if enum.enum_base != "int" else f"_cli.int_enum({enum.name})"


def _scalar_shape(v: _Value) -> _Shape | None:
    name = v.type.builtin if isinstance(v.type, Name) else ""
    if name not in _SCALARS:
        return None
    value = f"_cli.given({v.dest})" if v.given else v.dest
    return _Shape(v.annotation(v.type), value, click_type=_SCALARS[name])


def _enum_shape(v: _Value, enums: _Enums) -> _Shape | None:
    enum = enums.lookup(v.type)
    if enum is None:
        return None
    convert = _enum_conversion(enum)
    if v.given:
        value = f"_cli.given({v.dest}, {convert})"
    elif v.nullable:
        value = f"_cli.optional({v.dest}, {convert})"
    else:
        value = f"{convert}({v.dest})"
    return _Shape(v.annotation(STR), value, choices=_choices(enum))


def _list_item(t: TypeExpr) -> TypeExpr | None:
    """``X`` of ``list[X]`` when ``X`` is a plain name (a scalar or a model)."""
    if not isinstance(t, Generic) or t.base.builtin != "list" or len(t.args) != 1:
        return None
    item = t.args[0]
    return item if isinstance(item, (Name, Model)) else None


def _list_shape(v: _Value, enums: _Enums) -> _Shape | None:
    """A repeatable option for a list of scalars (not booleans) or enums."""
    item = _list_item(v.type)
    if item is None:
        return None
    name = item.builtin if isinstance(item, Name) else ""
    if name in _SCALARS and name != "bool":
        value = f"_cli.given_list({v.dest})" if v.given else f"list({v.dest})"
        return _Shape(
            TupleOf(item).expr, value, click_type=_SCALARS[name], multiple=True
        )
    enum = enums.lookup(item)
    if enum is None:
        return None
    convert = _enum_conversion(enum)
    call = "_cli.given_list" if v.given else "_cli.as_list"
    return _Shape(
        TupleOf(STR).expr,
        f"{call}({v.dest}, {convert})",
        choices=_choices(enum),
        multiple=True,
    )


def _json_shape(v: _Value) -> _Shape:
    """Objects, arrays of objects, dates, unions...: JSON (or a plain string)."""
    return _Shape(
        v.annotation(STR),
        f"_cli.json_value({v.dest}, required={not v.optional})",
        click_type="click.STRING",
        metavar="JSON",
    )


def _shape(v: _Value, enums: _Enums, *, argument: bool) -> _Shape:
    """The first shape that fits the parameter's type tree."""
    found = _scalar_shape(v) or _enum_shape(v, enums)
    if found is None and not argument:
        found = _list_shape(v, enums)
    return found or _json_shape(v)


def _option(
    param: ParamIR, dest: str, flag: str, enums: _Enums, *, argument: bool
) -> CliOption:
    """The click parameter of one method parameter, decided by its type tree."""
    nullable = param.type.nullable
    value = _Value(dest, param.type.without_none(), not param.required, nullable)
    shape = _shape(value, enums, argument=argument)
    description = _text(param.description)
    if param.deprecated:
        description = f"(deprecated) {description}" if description else "(deprecated)"
    return CliOption(
        dest=dest,
        flag=flag,
        keyword="" if argument else param.name,
        annotation=shape.annotation,
        click_type=shape.click_type,
        choices=shape.choices,
        value=shape.value,
        required=param.required and not nullable,
        multiple=shape.multiple,
        argument=argument,
        description=description,
        metavar=shape.metavar,
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


_Mode = Literal["result", "items", "download"]


def _mode(op: OperationIR) -> _Mode:
    """``items`` for paged and streamed lists, ``download`` for binary streams."""
    if op.call in ("paginate", "stream_lines", "stream_events"):
        return "items"
    return "download" if op.call == "stream" else "result"


@dataclass(frozen=True)
class _Extras:
    """Callback arguments the command adds beside the method's parameters,
    each renamed (``runner_``) if a parameter took the name; ``""``: absent."""

    runner: str
    client: str
    max_items: str
    output: str
    progress: str
    files: str

    @classmethod
    def of(cls, op: OperationIR, mode: _Mode) -> _Extras:
        taken: set[str] = {str(p.name) for p in op.all_params}
        if op.body is not None:
            taken.add(op.body.name)
        multipart = op.body is not None and op.body.kind == "multipart"

        def claim(name: str, wanted: bool = True) -> str:
            return _unique(name, taken) if wanted else ""

        # Claimed in this order: a clash renames the later one.
        return cls(
            runner=claim("runner"),
            client=claim("client"),
            max_items=claim("max_items", mode == "items"),
            output=claim("output", mode == "download"),
            progress=claim("progress", mode != "result"),
            files=claim("files", multipart),
        )


def _command_flags(op: OperationIR, mode: _Mode, extras: _Extras) -> set[str]:
    """Flags the command defines itself (parameters' flags must avoid them)."""
    flags = {"--help"}
    if mode == "items":
        flags.add("--max-items")
    if mode == "download":
        flags.add("--output")
    if mode != "result":
        flags.update(("--progress", "--no-progress"))
    if op.body is not None:
        flags.add("--body")
        if extras.files:
            flags.add("--file")
    return flags


def _parameter_options(
    op: OperationIR, enums: _Enums, flags: set[str]
) -> list[CliOption]:
    """Path parameters as arguments, the others as ``--options``."""
    options = [_option(p, p.name, p.name, enums, argument=True) for p in op.path_params]
    for p in op.params:
        flag = "--" + _dashed(p.name)
        if flag in flags:
            flag = "--param-" + _dashed(p.name)
        flags.add(flag)
        options.append(_option(p, p.name, flag, enums, argument=False))
    return options


_BODY_READERS = {
    "binary": ("_cli.binary_body", "raw bytes: @FILE, - (stdin) or text"),
    "text": ("_cli.text_body", "text, @FILE or - (stdin)"),
}


def _body_options(body: BodyIR, files: str) -> list[CliOption]:
    """``--body`` (and ``--file`` parts of a multipart body)."""
    required = body.required
    reader, hint = _BODY_READERS.get(
        body.kind,
        ("_cli.json_body", f"JSON, @FILE.json or - (stdin); {body.content_type}"),
    )
    if files:
        value = f"_cli.multipart_body({body.name}, {files}, required={required})"
    else:
        value = f"{reader}({body.name}, required={required})"
    description = _text(body.description)
    options = [
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
    ]
    if files:
        # --file is folded into the body value, not passed on its own.
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
    return options


def _command(resource: ResourceIR, op: OperationIR, enums: _Enums) -> CliCommand:
    mode = _mode(op)
    extras = _Extras.of(op, mode)
    options = _parameter_options(op, enums, _command_flags(op, mode, extras))
    if op.body is not None:
        options += _body_options(op.body, extras.files)
    return CliCommand(
        name=_dashed(op.method_name),
        function=f"_cmd_{resource.module}__{op.method_name}",
        access=resource.access or resource.attribute,
        method=op.method_name,
        runner=extras.runner,
        client=extras.client,
        mode=mode,
        options=tuple(options),
        docstring=_help(op, [o for o in options if o.argument]),
        max_items=extras.max_items,
        output=extras.output,
        progress=extras.progress,
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
