"""Built-in templates, defined declaratively in YAML files shipped with briefdeck."""
from __future__ import annotations

import copy
from pathlib import Path

import yaml

from briefdeck.core import TemplateError
from briefdeck.resources import data_dir
from briefdeck.templates.model import Box, Shape, Style, Template

DEFAULT = "corporate"
USER_SUFFIXES = (".pptx", ".potx")


def builtin_names() -> list[str]:
    """Names of the built-in templates users can pick ('base' is only a parent)."""
    return sorted(p.stem for p in data_dir("templates").glob("*.yaml") if p.stem != "base")


def _raw(name: str, seen: tuple = ()) -> dict:
    path = data_dir("templates") / f"{name}.yaml"
    if not path.is_file():
        raise TemplateError(f"unknown template '{name}'",
                            hint=f"built-in templates: {', '.join(builtin_names())}, or a .pptx/.potx file")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    parent = data.pop("extends", None)
    if parent:
        if parent in seen:
            raise TemplateError(f"template '{name}' extends itself through '{parent}'")
        return _merge(_raw(parent, seen + (name,)), data)
    return data


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _box(d: dict) -> Box:
    return Box(float(d["x"]), float(d["y"]), float(d["w"]), float(d["h"]))


def from_data(data: dict) -> Template:
    """Build a Template from merged template data."""
    fonts = data["fonts"]
    styles = {}
    for name, s in data["styles"].items():
        font = fonts[s.get("font", "body")]
        styles[name] = Style(font=font["name"], metrics=font["metrics"], size=float(s["size"]),
                             min=float(s.get("min", s["size"])), color=s.get("color", "text"),
                             bold=bool(s.get("bold", False)), italic=bool(s.get("italic", False)))
    return Template(
        name=data["name"], description=data.get("description", ""),
        width=float(data["slide"]["width"]), height=float(data["slide"]["height"]),
        colors=dict(data["colors"]), styles=styles,
        regions={k: _box(v) for k, v in data["regions"].items()},
        decorations={k: [Shape(_box(s), s["color"], bool(s.get("with_title"))) for s in v] for k, v in data.get("decorations", {}).items()},
        backgrounds=dict(data.get("backgrounds", {})),
    )


def load_builtin(name: str) -> Template:
    return from_data(_raw(name))


def is_user_template(spec: str) -> bool:
    return Path(spec).suffix.lower() in USER_SUFFIXES
