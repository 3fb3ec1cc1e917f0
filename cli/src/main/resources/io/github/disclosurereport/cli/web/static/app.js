// The page of `serve`: files in, the report's tables with the findings marked, downloads out. Plain JavaScript
// against the JSON API documented in the README; every text from a document is set as textContent.
'use strict';

const ROLES = [
  ['file', '报告'],
  ['statistics', '统计表'],
  ['previous', '上年报告'],
  ['template', '模板'],
];
const SEVERITY = { ERROR: '错误', WARNING: '警告', INFO: '提示' };

const state = { files: [], data: null, findings: [], seq: 0 };
const $ = (id) => document.getElementById(id);

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

// ---- files and their roles ----

function guessRole(name, others) {
  if (/模板|模版|template/i.test(name)) return 'template';
  if (/上年|去年|上一年/.test(name)) return 'previous';
  const taken = new Set(others.map((f) => f.role));
  if (/统计表/.test(name) && taken.has('file')) return 'statistics';
  const year = (name.match(/20\d\d/) || [])[0];
  const report = others.find((f) => f.role === 'file');
  if (report && year) {
    const reportYear = (report.file.name.match(/20\d\d/) || [])[0];
    if (reportYear && Number(year) === Number(reportYear) - 1) return 'previous';
    if (reportYear && Number(year) === Number(reportYear) + 1) {
      report.role = 'previous';
      return 'file';
    }
  }
  if (!taken.has('file')) return 'file';
  for (const [role] of ROLES) if (!taken.has(role)) return role;
  return 'file';
}

function addFiles(list) {
  for (const file of list) {
    const role = guessRole(file.name, state.files);
    state.files = state.files.filter((f) => f.role !== role);
    state.files.push({ file, role });
  }
  renderFiles();
  refresh();
}

function renderFiles() {
  const ul = $('files');
  ul.replaceChildren();
  for (const entry of state.files) {
    const li = el('li');
    li.appendChild(el('span', 'name', entry.file.name)).title = entry.file.name;
    const select = el('select');
    select.setAttribute('aria-label', '文件用途');
    for (const [role, label] of ROLES) {
      const o = el('option', null, label);
      o.value = role;
      o.selected = role === entry.role;
      select.appendChild(o);
    }
    select.addEventListener('change', () => {
      for (const other of state.files) if (other !== entry && other.role === select.value) other.role = entry.role;
      entry.role = select.value;
      renderFiles();
      refresh();
    });
    li.appendChild(select);
    const remove = el('button', 'remove', '×');
    remove.type = 'button';
    remove.title = '移除';
    remove.addEventListener('click', () => {
      state.files = state.files.filter((f) => f !== entry);
      renderFiles();
      refresh();
    });
    li.appendChild(remove);
    ul.appendChild(li);
  }
  const hasReport = state.files.some((f) => f.role === 'file');
  $('btn-convert').disabled = !hasReport;
  $('btn-correct').disabled = !hasReport;
  $('btn-export').disabled = !hasReport;
  $('btn-fill').disabled = !hasReport || !state.files.some((f) => f.role === 'template');
}

function form(roles) {
  const data = new FormData();
  for (const entry of state.files) if (roles.includes(entry.role)) data.append(entry.role, entry.file, entry.file.name);
  return data;
}

// ---- messages ----

function message(kind, text) {
  const m = $('message');
  m.className = 'message ' + kind;
  m.textContent = text;
  m.hidden = !text;
}

async function failure(response) {
  try {
    const body = await response.json();
    if (body && body.error) return body.error;
  } catch (e) { /* not our JSON */ }
  return '出错了（HTTP ' + response.status + '）';
}

// ---- the report and its findings ----

async function refresh() {
  const seq = ++state.seq;
  if (!state.files.some((f) => f.role === 'file')) {
    state.data = null;
    showEmpty();
    message('', '');
    return;
  }
  message('working', '正在读取和校验……');
  let response;
  try {
    response = await fetch('api/report', { method: 'POST', body: form(['file', 'previous', 'statistics']) });
  } catch (e) {
    message('error', '无法连接到网页版服务，请确认命令窗口仍在运行');
    return;
  }
  if (seq !== state.seq) return;
  if (!response.ok) {
    state.data = null;
    showEmpty();
    message('error', await failure(response));
    return;
  }
  state.data = await response.json();
  message('', '');
  render(state.data);
}

function showEmpty() {
  $('empty').hidden = false;
  $('sheet').hidden = true;
  $('finding-list').replaceChildren();
  $('summary').textContent = '尚未校验';
  $('notes').hidden = true;
}

function render(data) {
  const view = data.view;
  // errors first, as the CLI groups them; the validator's order within each severity
  const findings = data.validation.findings.slice().sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  state.findings = findings;
  const sheet = $('sheet');
  sheet.replaceChildren();
  sheet.appendChild(el('h2', null, view.title || data.file));
  const meta = [view.organization, view.year ? view.year + '年度' : '', view.formatName].filter(Boolean).join('　·　');
  sheet.appendChild(el('div', 'meta', meta));

  for (const p of view.preamble) sheet.appendChild(paragraph(p));
  const placed = new Set();
  for (const s of view.sections) {
    const h = el('h3', null, s.heading);
    if (s.paragraph) h.dataset.p = s.paragraph;
    sheet.appendChild(h);
    for (const p of s.paragraphs) sheet.appendChild(paragraph(p));
    for (const t of view.tables) {
      if (!placed.has(t.code) && t.number && t.number === s.number) {
        sheet.appendChild(table(t, s.heading));
        placed.add(t.code);
      }
    }
  }
  for (const t of view.tables) if (!placed.has(t.code)) sheet.appendChild(table(t));
  for (const g of view.genericTables) sheet.appendChild(genericTable(g));

  $('empty').hidden = true;
  sheet.hidden = false;
  markFindings(findings);
  renderFindings(data, findings);
  renderNotes(view.notes);
}

function paragraph(p) {
  const e = el('p', null, p.text);
  if (p.paragraph) e.dataset.p = p.paragraph;
  return e;
}

function table(t, sectionHeading) {
  const wrap = el('div', 'table-block');
  // under its own section the section's heading already names the table
  if (!sectionHeading || sectionHeading.replace(/\s/g, '') !== t.heading.replace(/\s/g, '')) {
    wrap.appendChild(el('div', 'table-caption', t.heading));
  }
  const scroll = el('div', 'table-wrap');
  const tbl = el('table', 'form');
  tbl.dataset.table = t.code;
  const rows = [];
  for (let i = 0; i < t.rows; i++) rows.push(tbl.insertRow());
  const cells = t.cells.slice().sort((a, b) => a.r - b.r || a.c - b.c);
  for (const c of cells) {
    const td = rows[c.r].insertCell();
    td.className = c.kind + (c.depth ? ' d' + Math.min(c.depth, 3) : '') + (c.state === 'MISSING' ? ' MISSING' : '');
    if (c.rs > 1) td.rowSpan = c.rs;
    if (c.cs > 1) td.colSpan = c.cs;
    td.textContent = c.text;
    if (c.id) td.dataset.cell = c.id;
  }
  scroll.appendChild(tbl);
  wrap.appendChild(scroll);
  return wrap;
}

function genericTable(g) {
  const wrap = el('div', 'table-block');
  wrap.appendChild(el('div', 'table-caption', g.caption || '未识别的表格'));
  const scroll = el('div', 'table-wrap');
  const tbl = el('table', 'form');
  const head = tbl.insertRow();
  for (const c of ['项目', '单位'].concat(g.columns)) {
    const td = head.insertCell();
    td.className = 'HEADER';
    td.textContent = c;
  }
  for (const r of g.rows) {
    const tr = tbl.insertRow();
    r.forEach((v, i) => {
      const td = tr.insertCell();
      td.className = i === 0 ? 'LABEL' : i === 1 ? 'UNIT' : 'VALUE';
      td.textContent = v;
    });
  }
  scroll.appendChild(tbl);
  wrap.appendChild(scroll);
  return wrap;
}

const RANK = { ERROR: 3, WARNING: 2, INFO: 1 };

function targets(f) {
  const out = [];
  for (const id of f.cells) {
    document.querySelectorAll('#sheet td[data-cell="' + CSS.escape(id) + '"]').forEach((td) => out.push(td));
  }
  if (f.location && f.location.kind === 'PARAGRAPH') {
    document.querySelectorAll('#sheet [data-p="' + f.location.paragraph + '"]').forEach((p) => out.push(p));
  }
  return out;
}

function markFindings(findings) {
  findings.forEach((f, i) => {
    for (const t of targets(f)) {
      const current = t.dataset.sev;
      if (!current || RANK[f.severity] > RANK[current]) {
        t.dataset.sev = f.severity;
        t.classList.remove('mark-error', 'mark-info');
        t.classList.add('mark');
        if (f.severity === 'ERROR') t.classList.add('mark-error');
        if (f.severity === 'INFO') t.classList.add('mark-info');
      }
      t.dataset.tag = t.dataset.tag ? t.dataset.tag + ',' + (i + 1) : String(i + 1);
      t.title = (t.title ? t.title + '\n' : '') + (i + 1) + '. [' + f.rule + '] ' + f.message;
      if (!t.dataset.findings) {
        t.addEventListener('click', () => select(Number(t.dataset.findings.split(',')[0]), false));
      }
      t.dataset.findings = t.dataset.findings ? t.dataset.findings + ',' + i : String(i);
    }
  });
}

function renderFindings(data, findings) {
  const summary = $('summary');
  summary.replaceChildren();
  summary.appendChild(el('span', 'org', data.view.organization || data.file));
  const counts = { ERROR: 0, WARNING: 0, INFO: 0 };
  findings.forEach((f) => counts[f.severity]++);
  if (findings.length === 0) {
    summary.appendChild(el('span', 'count clean', '未发现问题'));
  } else {
    for (const s of ['ERROR', 'WARNING', 'INFO']) {
      if (counts[s]) summary.appendChild(el('span', 'count ' + s, SEVERITY[s] + ' ' + counts[s]));
    }
  }
  const list = $('finding-list');
  list.replaceChildren();
  findings.forEach((f, i) => {
    const li = el('li', f.severity);
    li.dataset.index = i;
    const head = el('div', 'finding-head');
    head.appendChild(el('span', null, (i + 1) + '.'));
    head.appendChild(el('span', 'sev ' + f.severity, SEVERITY[f.severity]));
    head.appendChild(el('span', 'rule', f.rule));
    head.appendChild(el('span', 'where', f.location ? f.location.text : ''));
    li.appendChild(head);
    li.appendChild(el('div', 'finding-msg', f.message));
    li.addEventListener('click', () => select(i, true));
    list.appendChild(li);
  });
}

function renderNotes(notes) {
  const box = $('notes');
  const ul = $('note-list');
  ul.replaceChildren();
  for (const n of notes) ul.appendChild(el('li', null, n.message));
  box.hidden = notes.length === 0;
  box.querySelector('summary').textContent = '读取说明（' + notes.length + '）';
}

function select(index, scrollReport) {
  document.querySelectorAll('#finding-list li.selected').forEach((li) => li.classList.remove('selected'));
  const li = document.querySelector('#finding-list li[data-index="' + index + '"]');
  if (li) {
    li.classList.add('selected');
    if (!scrollReport) li.scrollIntoView({ block: 'nearest' });
  }
  document.querySelectorAll('#sheet .focus').forEach((e) => e.classList.remove('focus'));
  const found = targets(state.findings[index]);
  found.forEach((t) => {
    void t.offsetWidth; // restart the animation when the same target is chosen again
    t.classList.add('focus');
  });
  if (scrollReport && found.length) found[0].scrollIntoView({ block: 'center', inline: 'center' });
}

// ---- downloads ----

function downloadName(response, fallback) {
  const cd = response.headers.get('Content-Disposition') || '';
  const star = cd.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) return decodeURIComponent(star[1]);
  const plain = cd.match(/filename="([^"]+)"/i);
  return plain ? plain[1] : fallback;
}

/** Hands the answer to the browser as a download under the given name; returns the name. */
function save(blob, name) {
  const a = el('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  return name;
}

async function download(button, path, roles, fallback, describe) {
  if (button.disabled) return;
  button.disabled = true;
  button.classList.add('busy');
  message('working', '正在生成……');
  try {
    const response = await fetch(path, { method: 'POST', body: form(roles) });
    if (!response.ok) {
      message('error', await failure(response));
      return;
    }
    if ((response.headers.get('Content-Type') || '').startsWith('application/json')) {
      const body = await response.json(); // nothing to make, said in words (e.g. nothing to correct)
      message('ok', body.message || '');
      return;
    }
    const name = save(await response.blob(), downloadName(response, fallback));
    message('ok', '已下载：' + name + (describe ? '　' + describe(response) : ''));
  } catch (e) {
    message('error', '无法连接到网页版服务，请确认命令窗口仍在运行');
  } finally {
    button.classList.remove('busy');
    renderFiles();
  }
}

// ---- several reports → one summary workbook (what `validate 文件夹 --summary` writes) ----

async function summarize(list) {
  // hidden files and office lock files (~$报告.docx) are no one's report, as the CLI leaves them out of a folder
  const files = list.filter((f) => !/^(\.|~\$)/.test(f.name));
  if (!files.length) return;
  const label = $('btn-summary');
  label.classList.add('busy');
  message('working', '正在校验 ' + files.length + ' 个文件并生成汇总……');
  const data = new FormData();
  for (const f of files) data.append('reports', f, f.name);
  try {
    const response = await fetch('api/summary', { method: 'POST', body: data });
    if (!response.ok) {
      message('error', await failure(response));
      return;
    }
    const name = save(await response.blob(), downloadName(response, '校验汇总.xlsx'));
    const h = (k) => response.headers.get(k) || '0';
    const unreadable = Number(h('X-Unreadable'));
    message('ok', '已下载：' + name + '　共 ' + h('X-Reports') + ' 份报告，' + h('X-Reports-With-Errors') + ' 份有错误'
      + (unreadable ? '，' + unreadable + ' 个文件无法读取（见汇总表“无法读取”工作表）' : ''));
  } catch (e) {
    message('error', '无法连接到网页版服务，请确认命令窗口仍在运行');
  } finally {
    label.classList.remove('busy');
  }
}

function wire() {
  const drop = $('drop');
  const picker = $('picker');
  picker.addEventListener('change', () => {
    addFiles(Array.from(picker.files));
    picker.value = '';
  });
  for (const target of [drop, document.body]) {
    target.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    target.addEventListener('dragleave', () => drop.classList.remove('over'));
    target.addEventListener('drop', (e) => {
      e.preventDefault();
      e.stopPropagation();
      drop.classList.remove('over');
      if (e.dataTransfer && e.dataTransfer.files.length) addFiles(Array.from(e.dataTransfer.files));
    });
  }
  const batch = $('summary-picker');
  batch.addEventListener('change', () => {
    const chosen = Array.from(batch.files);
    batch.value = '';
    summarize(chosen);
  });
  $('btn-convert').addEventListener('click', (e) => download(e.currentTarget, 'api/convert', ['file', 'statistics'],
    '2021格式.docx', (r) => '转换说明 ' + (r.headers.get('X-Conversion-Notes') || 0) + ' 条（旧表中没有的数据留空）'));
  $('btn-correct').addEventListener('click', (e) => download(e.currentTarget, 'api/correct', ['file'],
    '更正后.docx', (r) => '更正 ' + (r.headers.get('X-Corrections') || 0) + ' 处'));
  $('btn-export').addEventListener('click', (e) => download(e.currentTarget, 'api/export',
    ['file', 'previous', 'statistics'], '表格.xlsx'));
  $('btn-fill').addEventListener('click', (e) => download(e.currentTarget, 'api/fill',
    ['file', 'statistics', 'template'], '已填写.docx', (r) => '填写单元格 ' + (r.headers.get('X-Filled-Cells') || 0) + ' 个'));
}

wire();
