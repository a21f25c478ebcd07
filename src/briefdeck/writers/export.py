"""The export pipeline as one call: template choice, plan, lint, emit."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from briefdeck.core import Diagnostic, TemplateError
from briefdeck.spec import Loaded
from briefdeck.spec.lint import lint
from briefdeck.templates import DEFAULT, builtin_names, is_user_template, load_builtin
from briefdeck.templates.model import Template
from briefdeck.writers.plan import plan_deck
from briefdeck.writers.render_plan import RenderPlan


@dataclass
class Result:
    plan: RenderPlan
    diagnostics: list[Diagnostic] = field(default_factory=list)
    out: Path | None = None

    @property
    def slide_count(self) -> int:
        return len(self.plan.slides)


def choose_template(name: str | None, loaded: Loaded, diags: list[Diagnostic]) -> Template:
    """A built-in template by name, or a user's .pptx/.potx (relative to the deck file)."""
    chosen = name or loaded.deck.template or DEFAULT
    if is_user_template(chosen):
        path = Path(chosen)
        if not path.is_absolute() and not name:
            path = loaded.base_dir / path
        if not name and not loaded.policy_allows(path):
            raise TemplateError(Diagnostic(
                f"template '{chosen}' is outside the deck's folder, so it is not opened",
                hint="put it next to the deck, pass it with --template, or use --allow-outside",
                **loaded.where("template")))
        from briefdeck.writers.pptx_template import user_template
        template, notes = user_template(path, load_builtin(DEFAULT))
        diags.extend(notes)
        return template
    try:
        return load_builtin(chosen)
    except TemplateError as exc:
        if name:
            raise
        from briefdeck.spec import did_you_mean
        d = exc.diagnostics[0]
        raise TemplateError(Diagnostic(d.message, hint=did_you_mean(chosen, builtin_names()) or d.hint,
                                       **loaded.where("template"))) from None


def locate(diags: list[Diagnostic], loaded: Loaded) -> list[Diagnostic]:
    """Give plan diagnostics ('slide N: ...') the file:line:col of their slide."""
    out = []
    for d in diags:
        if d.file is None and d.message.startswith("slide "):
            number = d.message.split(":", 1)[0].split()[1]
            if number.isdigit():
                d = replace(d, **loaded.where("slides", int(number) - 1))
        out.append(d)
    return out


def plan(loaded: Loaded, template: str | None = None) -> Result:
    """Plan without writing: the diagnostics ``check`` reports."""
    diags = list(loaded.diagnostics)
    chosen = choose_template(template, loaded, diags)
    diags.extend(lint(loaded))
    render_plan = plan_deck(loaded.deck, chosen)
    diags.extend(locate(render_plan.diagnostics, loaded))
    return Result(render_plan, diags)


def export(loaded: Loaded, out: str | Path, template: str | None = None, progress=None) -> Result:
    """Plan and write ``out`` atomically."""
    from briefdeck.writers.pptx_emit import emit

    result = plan(loaded, template)
    emit(result.plan, out, progress)
    result.out = Path(out)
    return result
