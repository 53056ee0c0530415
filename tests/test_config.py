""".provenance.yaml: discovery, validation with line numbers, levels, vocabularies and globs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_helpers import FakePipeline, cli, quote, run_check_args, speaker

from provenance.checker import run as checker_run
from provenance.config import (
    Config,
    ConfigCache,
    GlobSet,
    find_config,
    load_config,
)
from provenance.document import Document
from provenance.errors import ProvenanceError
from provenance.records import ArticleResult
from provenance.yamlio import load_located_yaml

FULL = """\
# newsroom settings
fail-on: warning
rules:
  late-attribution: off
  boilerplate-anonymity-reason: warning
include: ["**/*.md"]
exclude: [archive/]
vocabularies:
  outlets:
    - name: The Baghdad Post
      aliases: [Baghdad Post, TBP]
  speech_verbs: [opine]
  boilerplate_reasons: ["not authorised to brief the media"]
  known_people:
    - {name: Yehia Rasool, role: Iraqi military spokesman}
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_full_config_parses(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / ".provenance.yaml", FULL))
    assert cfg.fail_on == "warning"
    # YAML reads a bare `off` as false; the config takes it as the word the editor wrote.
    assert cfg.rule_levels == {"late-attribution": "off", "boilerplate-anonymity-reason": "warning"}
    assert cfg.include == ("**/*.md",) and cfg.exclude == ("archive/",)
    assert cfg.vocabulary["outlets"] == [{"name": "The Baghdad Post", "aliases": ["Baghdad Post", "TBP"]}]
    assert cfg.vocabulary["speech_verbs"] == ["opine"]
    assert cfg.vocabulary["known_people"] == [{"name": "Yehia Rasool", "role": "Iraqi military spokesman"}]


def test_any_shipped_lexicon_can_be_extended(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / ".provenance.yaml", "vocabularies:\n  cognition_verbs: [reckon]\n"))
    assert cfg.vocabulary == {"cognition_verbs": ["reckon"]}


def test_empty_config_is_the_defaults(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / ".provenance.yaml", "# nothing yet\n"))
    assert cfg.rule_levels == {} and cfg.fail_on is None and cfg.vocabulary == {}


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("fail-on: error\nrulez:\n  x: off\n", 2, "unknown key 'rulez'"),
        ("rules:\n  late-attribution: loud\n", 2, "level must be error, warning, info or off"),
        ("fail-on: sometimes\n", 1, "'fail-on' must be one of"),
        ("vocabularies:\n  slang: [x]\n", 2, "unknown vocabulary 'slang'"),
        ("vocabularies:\n  outlets:\n    - name: X\n      alias: [Y]\n", 4, "unknown key 'alias'"),
        ("vocabularies:\n  outlets:\n    - aliases: [Y]\n", 3, "need a 'name'"),
        ("vocabularies:\n  speech_verbs: [say, 3]\n", 2, "non-empty strings"),
        ("include: 3\n", 1, "'include' must be a list of strings"),
        # A newsroom's regex is checked against its own config line, not the packaged lexicon file.
        ("vocabularies:\n  vague_frames: ['(unclosed']\n", 2, "vocabulary 'vague_frames': invalid regular expression"),
        (
            "vocabularies:\n  credit_lines:\n    - {name: '(x', kind: credit}\n",
            3,
            "vocabulary 'credit_lines': invalid regular expression",
        ),
        (
            "vocabularies:\n  credit_lines:\n    - {name: 'x', kind: photograph}\n",
            3,
            "'credit_lines.kind' must be one of",
        ),
        ('include: ["[z-a]"]\n', 1, "invalid glob '[z-a]'"),
        ("max-file-size: 5 MB\n", 1, "'max-file-size' must be a whole number above 0"),
        ("rules: [a, b]\n", 1, "'rules' must map rule ids"),
        ("- just\n- a list\n", 1, "must be a mapping"),
        ("fail-on: error\nfail-on: info\n", 2, "duplicate key 'fail-on'"),
        ("rules:\n  a: [\n", 3, "invalid YAML"),
        ("rule-paths: [no-such-folder]\n", 1, "is not a folder"),
        ("vocabularies:\n  boilerplate_reasons:\n    - 'fine'\n    - '(unclosed'\n", 4, "invalid regular expression"),
        ("vocabularies: [outlets]\n", 1, "'vocabularies' must map lexicon names"),
    ],
)
def test_config_errors_name_file_and_line(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    path = write(tmp_path / ".provenance.yaml", text)
    with pytest.raises(ProvenanceError) as err:
        load_config(path)
    assert err.value.path == str(path)
    assert err.value.line == line, str(err.value)
    assert fragment in str(err.value)


def test_located_yaml_is_safe() -> None:
    with pytest.raises(ProvenanceError, match="invalid YAML"):
        load_located_yaml("x: !!python/object/apply:os.system ['true']\n", "evil.yaml")


def test_find_config_walks_up(tmp_path: Path) -> None:
    top = write(tmp_path / ".provenance.yaml", "fail-on: info\n")
    inner = write(tmp_path / "desk" / "world" / ".provenance.yaml", "fail-on: never\n")
    article = write(tmp_path / "desk" / "world" / "iraq" / "story.md", "x")
    other = write(tmp_path / "desk" / "sport" / "story.md", "x")
    assert find_config(article) == inner
    assert find_config(other) == top
    cache = ConfigCache()
    assert cache.for_file(article).fail_on == "never"
    assert cache.for_file(other).fail_on == "info"
    assert ConfigCache(top).for_file(article).fail_on == "info"  # --config overrides discovery


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("**/*.md", "a.md", True),
        ("**/*.md", "x/y/a.md", True),
        ("*.md", "x/y/a.md", True),
        ("drafts/*.md", "drafts/a.md", True),
        ("drafts/*.md", "x/drafts/a.md", False),
        ("archive/", "archive/2019/a.md", True),
        ("archive", "desk/archive/a.md", True),
        ("**/wire/**", "a/wire/b/c.txt", True),
        ("2019-??-*.txt", "2019-01-x.txt", True),
        ("[ab]*.md", "c.md", False),
        ("*.txt", "notes.txt.bak", False),
    ],
)
def test_globs(pattern: str, path: str, matches: bool) -> None:
    assert GlobSet((pattern,)).matches(path) is matches


def test_include_exclude_and_levels_drive_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    write(tmp_path / ".provenance.yaml", FULL)
    story = write(tmp_path / "news" / "story.md", "“We will not move.” The talks ended at noon.\n")
    write(tmp_path / "news" / "notes.txt", "“x”\n")  # not included: include is **/*.md only
    write(tmp_path / "archive" / "old.md", "“x”\n")  # excluded
    fake = FakePipeline(default=lambda d: ArticleResult(d.path, [quote(d, "“We will not move.”")]))
    monkeypatch.setattr(checker_run, "analyse_documents", fake)
    assert run_check_args([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert [p for p, _ in [(c[0], c[1]) for c in fake.calls]] == [[str(story)]]
    # The config's vocabulary reaches the pipeline as the `extra` lexicons.
    extra = fake.calls[0][1]
    assert extra["speech_verbs"] == ["opine"] and extra["outlets"][0]["name"] == "The Baghdad Post"
    assert "unattributed-quote" in out and "1 file" in out


def test_explicit_file_still_honours_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    # pre-commit passes file names one by one: an excluded archive must stay excluded.
    write(tmp_path / ".provenance.yaml", "exclude: [archive/]\n")
    old = write(tmp_path / "archive" / "old.md", "“x”\n")
    monkeypatch.setattr(checker_run, "analyse_documents", FakePipeline())
    assert run_check_args([str(old)]) == 0
    err = capsys.readouterr().err
    # the message says which glob of which config left the file out
    assert "no files to check" in err and "excluded by 'archive/'" in err and ".provenance.yaml" in err
    assert run_check_args([str(tmp_path)]) == 0  # a folder: the walked files are named the same way
    assert f"{old} excluded by 'archive/'" in capsys.readouterr().err


def test_fail_on_from_config_and_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".provenance.yaml", "fail-on: info\n")
    story = write(tmp_path / "s.md", "Officials said the base was hit, officials said.\n")

    def result(d: Document) -> ArticleResult:
        spk = speaker(d, "Officials", type="anonymous", anonymity="anonymous-with-reason", reason="r", plural=True)
        return ArticleResult(d.path, [quote(d, "the base was hit", "indirect", spk)])

    monkeypatch.setattr(checker_run, "analyse_documents", FakePipeline(default=result))
    assert run_check_args([str(story)]) == 1  # plural-anonymous-sources is info, config fails on info
    assert run_check_args([str(story), "--fail-on", "error"]) == 0  # the command line wins
    assert run_check_args([str(story), "--fail-on", "never"]) == 0


def test_unknown_rule_in_config_is_an_error_with_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    cfg = write(tmp_path / ".provenance.yaml", "fail-on: error\nrules:\n  late-atribution: off\n")
    story = write(tmp_path / "s.md", "Text.\n")
    monkeypatch.setattr(checker_run, "analyse_documents", FakePipeline())
    assert run_check_args([str(story)]) == 2
    err = capsys.readouterr().err
    assert f"{cfg}:3: unknown rule 'late-atribution' (did you mean late-attribution?)" in err


def test_rule_paths_add_house_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    write(
        tmp_path / "house" / "no-xinhua.yaml",
        "id: no-xinhua\nlevel: error\nmessage: 'Relays {via.name}'\ndescription: d\n"
        "source: {cite: House style}\ndocs: {what: w, why: y, example: e, fix: f}\n"
        "scope: quote\nwhere: {field: via.name, eq: Xinhua}\n",
    )
    write(tmp_path / ".provenance.yaml", "rule-paths: [house]\n")
    story = write(tmp_path / "s.md", "The dam broke, Xinhua said.\n")

    def result(d: Document) -> ArticleResult:
        spk = speaker(d, "Xinhua", type="organization", anonymity="organization")
        return ArticleResult(d.path, [quote(d, "The dam broke", "indirect", spk, via=("Xinhua", "Xinhua"))])

    monkeypatch.setattr(checker_run, "analyse_documents", FakePipeline(default=result))
    assert run_check_args([str(story)]) == 1
    assert "error no-xinhua Relays Xinhua" in capsys.readouterr().out


def test_config_default_is_relative_to_cwd() -> None:
    assert Config().root == Path.cwd()


@pytest.mark.model
def test_e2e_house_outlet_alias_links_credit_and_via(tmp_path: Path) -> None:
    # Without the house alias, "told the Planet" and the "(With inputs from Daily Planet)" credit
    # line would be two different outlets; the config's vocabulary makes them one.
    write(
        tmp_path / ".provenance.yaml",
        "vocabularies:\n  outlets: [{name: Daily Planet, aliases: [the Planet, Planet]}]\n",
    )
    article = write(
        tmp_path / "story.md",
        "The mayor will resign next week, a city official told the Planet.\n\n(With inputs from Daily Planet)\n",
    )
    proc = cli("check", str(article), "--format", "json", cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    rules = [f["rule"] for f in json.loads(proc.stdout)["findings"]]
    assert "uncredited-secondary-source" not in rules


def test_context_facts_read_the_newsrooms_own_speech_verbs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "harrumphed" is a speech verb only because the config says so: the context facts that let
    # a finding stand down (a cue word in the sentence) must know it too.
    from provenance.checker.run import _PerConfig
    from provenance.document import read_document

    text = "“We are done.” The mayor harrumphed at the council.\n"
    doc = read_document(str(write(tmp_path / "s.md", text)))
    result = ArticleResult(doc.path, [quote(doc, "“We are done.”")])
    cfg = load_config(write(tmp_path / ".provenance.yaml", "vocabularies:\n  speech_verbs: [harrumph]\n"))
    from provenance.policy.evaluate import EvalEnv

    forms = _PerConfig().cue_forms(cfg)
    assert forms is not None and "harrumphed" in forms and "said" in forms
    default = EvalEnv(result, doc=doc).items("quote")[0]["context"]["cue_word_nearby"]
    own = EvalEnv(result, doc=doc, cue_forms=forms).items("quote")[0]["context"]["cue_word_nearby"]
    assert (default, own) == ("none", "sentence")
