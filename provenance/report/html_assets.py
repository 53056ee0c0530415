"""The HTML report's inline style sheet and script (no external resources: the page is one file)."""

CSS = """
:root { font-family: Georgia, 'Times New Roman', serif; color: #1b1b1b; background: #fafafa; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 20rem 4rem 1.5rem; }
header p { font-family: system-ui, sans-serif; color: #444; }
h1, h2, h3 { font-family: system-ui, sans-serif; }
h2 { border-top: 2px solid #ccc; padding-top: 1rem; word-break: break-all; }
.text { white-space: pre-wrap; line-height: 1.7; background: #fff; padding: 1rem 1.25rem;
        border: 1px solid #ddd; border-radius: 6px; font-size: 1.05rem; }
mark.q { background: var(--c); border-radius: 3px; padding: 0.05em 0; cursor: pointer;
         color: inherit; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.q.unattributed { outline: 2px dashed #b00020; }
mark.q.finding-error { text-decoration: underline wavy #b00020; }
mark.q.finding-warning { text-decoration: underline wavy #b26a00; }
mark.q.active { box-shadow: 0 0 0 2px #222; }
.stray { background: #b00020; color: #fff; font-weight: bold; padding: 0 0.15em; border-radius: 2px; }
.spk { border-bottom: 3px solid var(--c); font-weight: bold; }
.legend { font-family: system-ui, sans-serif; margin: 0.5rem 0; }
.legend span { display: inline-block; margin: 0 0.75rem 0.25rem 0; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; background: var(--c);
          border: 1px solid #999; vertical-align: middle; margin-right: 0.3em; }
table { border-collapse: collapse; font-family: system-ui, sans-serif; font-size: 0.9rem; margin: 0.5rem 0; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
ul.findings { font-family: system-ui, sans-serif; font-size: 0.92rem; }
.lv { font-weight: bold; text-transform: uppercase; font-size: 0.75rem; padding: 0 0.3em; border-radius: 3px; }
.lv-error { background: #b00020; color: #fff; } .lv-warning { background: #b26a00; color: #fff; }
.lv-info { background: #2962ff; color: #fff; }
code { font-size: 0.85em; }
#details { position: fixed; top: 1rem; right: 1rem; width: 17rem; max-height: 90vh; overflow: auto;
           background: #fff; border: 1px solid #bbb; border-radius: 6px; padding: 0.75rem;
           font-family: system-ui, sans-serif; font-size: 0.88rem; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
#details dt { font-weight: bold; margin-top: 0.4rem; } #details dd { margin: 0; }
.muted { color: #777; }
p.meta { font-family: system-ui, sans-serif; color: #555; margin-top: -0.5rem; }
nav.index table { width: 100%; }
/* Narrow screens (a phone, a split window): the details panel joins the flow at the top. */
@media (max-width: 60rem) {
  body { padding: 0.75rem; }
  #details { position: sticky; top: 0; width: auto; max-height: 40vh; z-index: 1; }
  table { display: block; overflow-x: auto; }
}
"""

SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById('quote-data').textContent);
  var panel = document.getElementById('details-body');
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.q'));
  function row(dl, label, value) {
    var dt = document.createElement('dt'); dt.textContent = label; dl.appendChild(dt);
    var dd = document.createElement('dd'); dd.textContent = value == null || value === '' ? '—' : value;
    dl.appendChild(dd);
  }
  function show(mark) {
    var q = data[mark.getAttribute('data-q')];
    if (!q) { return; }
    var dl = document.createElement('dl');
    row(dl, 'Speaker', q.speaker); row(dl, 'As written', q.mention); row(dl, 'Type', q.type);
    row(dl, 'Anonymity', q.anonymity); row(dl, 'Reason', q.reason); row(dl, 'Via', q.via);
    row(dl, 'Kind', q.kind); row(dl, 'Cue', q.cue); row(dl, 'Attributed by', q.rule);
    row(dl, 'Line', q.line); row(dl, 'Findings', q.findings.join(', '));
    panel.replaceChildren(dl);
    marks.forEach(function (m) {
      m.classList.toggle('active', m.getAttribute('data-speaker') === mark.getAttribute('data-speaker')
        && m.getAttribute('data-article') === mark.getAttribute('data-article'));
    });
  }
  marks.forEach(function (m) {
    m.addEventListener('click', function () { show(m); });
    m.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(m); } });
  });
  document.body.setAttribute('data-ready', String(marks.length));
})();
"""
