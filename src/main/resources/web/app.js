// The ProntoDB web page: plain JavaScript over the /v1 API. The credential lives in sessionStorage only.
'use strict';

const KEY_ITEM = 'prontodb.credential';
const state = { project: null, namespace: null, key: null, context: '' };
const $ = (id) => document.getElementById(id);
const seg = (name) => encodeURIComponent(name);

function status(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

async function api(method, path, body, contentType) {
  const credential = sessionStorage.getItem(KEY_ITEM);
  if (!credential) {
    throw new Error('paste an API key or session token first');
  }
  const headers = { Authorization: 'Bearer ' + credential };
  if (contentType) {
    headers['Content-Type'] = contentType;
  }
  const response = await fetch(path, { method, headers, body });
  if (!response.ok) {
    let message = response.status + ' ' + response.statusText;
    try {
      message = (await response.json()).error;
    } catch (ignored) {
      // not a JSON error body: keep the status line
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response;
}

function link(text, onClick) {
  const a = document.createElement('a');
  a.textContent = text;
  a.dataset.name = text;
  a.addEventListener('click', onClick);
  return a;
}

function select(container, a) {
  container.querySelectorAll('a.selected').forEach((x) => x.classList.remove('selected'));
  a.classList.add('selected');
}

async function loadProjects() {
  const list = $('projects');
  list.replaceChildren();
  const projects = await (await api('GET', '/v1/projects')).json();
  for (const project of projects) {
    const li = document.createElement('li');
    const a = link(project, () => { select(list, a); openProject(project); });
    li.append(a);
    list.append(li);
  }
  status(projects.length + ' project(s)');
}

async function openProject(project) {
  state.project = project;
  $('set-project').value = project;
  $('ns-project').textContent = project;
  const body = $('namespaces').querySelector('tbody');
  body.replaceChildren();
  const namespaces = await (await api('GET', '/v1/projects/' + seg(project) + '/namespaces')).json();
  for (const ns of namespaces) {
    const row = document.createElement('tr');
    const cell = document.createElement('td');
    const a = link(ns.namespace, () => { select(body, a); openNamespace(ns.namespace); });
    cell.append(a);
    row.append(cell);
    for (const value of [ns.kind, ns.ttl, ns.max_items, ns.keys]) {
      const td = document.createElement('td');
      td.textContent = value === null ? '-' : String(value);
      row.append(td);
    }
    body.append(row);
  }
}

async function openNamespace(namespace) {
  state.namespace = namespace;
  $('set-namespace').value = namespace;
  $('keys-namespace').textContent = state.project + ' / ' + namespace;
  await loadKeys();
}

async function loadKeys() {
  const list = $('keys');
  list.replaceChildren();
  if (!state.namespace) {
    return;
  }
  const prefix = $('prefix').value;
  let path = '/v1/kv/' + seg(state.project) + '/' + seg(state.namespace) + '?keys=1';
  if (prefix) {
    path += '&prefix=' + seg(prefix);
  }
  const text = await (await api('GET', path)).text();
  const entries = text.split('\n').filter((line) => line).map((line) => JSON.parse(line));
  for (const entry of entries) {
    const label = entry.context ? entry.key + '__' + entry.context : entry.key;
    const li = document.createElement('li');
    const a = link(label, () => { select(list, a); openKey(entry.key, entry.context); });
    li.append(a);
    list.append(li);
  }
  status(entries.length + ' key(s) in ' + state.project + ' / ' + state.namespace);
}

function keyPath(key, context, project, namespace) {
  const path = '/v1/kv/' + seg(project || state.project) + '/' + seg(namespace || state.namespace) + '/' + seg(key);
  return context ? path + '?context=' + seg(context) : path;
}

function hexDump(bytes) {
  const lines = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const row = Array.from(bytes.subarray(at, at + 16), (b) => b.toString(16).padStart(2, '0'));
    lines.push(at.toString(16).padStart(8, '0') + '  ' + row.join(' '));
  }
  return lines.join('\n');
}

function describe(bytes) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (notUtf8) {
    return { kind: 'binary, ' + bytes.length + ' bytes (hex)', shown: hexDump(bytes) };
  }
  try {
    return { kind: 'JSON', shown: JSON.stringify(JSON.parse(text), null, 2) };
  } catch (notJson) {
    return { kind: 'text, ' + bytes.length + ' bytes', shown: text };
  }
}

async function openKey(key, context) {
  state.key = key;
  state.context = context || '';
  $('value-key').textContent = context ? key + '__' + context : key;
  const bytes = new Uint8Array(await (await api('GET', keyPath(key, context))).arrayBuffer());
  const view = describe(bytes);
  $('value-kind').textContent = view.kind;
  $('value').textContent = view.shown;
  $('delete').disabled = false;
}

function clearValue() {
  state.key = null;
  $('value-key').textContent = '';
  $('value-kind').textContent = '';
  $('value').textContent = '';
  $('delete').disabled = true;
}

async function setKey(event) {
  event.preventDefault();
  const project = $('set-project').value;
  const namespace = $('set-namespace').value;
  const key = $('set-key').value;
  const context = $('set-context').value;
  const ttl = $('set-ttl').value.trim();
  let path = keyPath(key, context, project, namespace);
  if (ttl) {
    path += (context ? '&' : '?') + 'ttl=' + seg(ttl);
  }
  const json = $('set-json').checked;
  await api('PUT', path, $('set-value').value, json ? 'application/json' : 'application/octet-stream');
  await loadProjects();
  await openProject(project);
  await openNamespace(namespace);
  await openKey(key, context);
  status('set ' + (context ? key + '__' + context : key));
}

async function deleteKey() {
  if (state.key === null) {
    return;
  }
  const label = state.context ? state.key + '__' + state.context : state.key;
  await api('DELETE', keyPath(state.key, state.context));
  clearValue();
  await loadKeys();
  status('deleted ' + label);
}

function guarded(action) {
  return (event) => Promise.resolve(action(event)).catch((error) => status(error.message, true));
}

$('key-form').addEventListener('submit', guarded(async (event) => {
  event.preventDefault();
  sessionStorage.setItem(KEY_ITEM, $('apikey').value.trim());
  $('apikey').value = '';
  await loadProjects();
}));
$('forget-key').addEventListener('click', () => {
  sessionStorage.removeItem(KEY_ITEM);
  status('credential forgotten');
});
$('filter-form').addEventListener('submit', guarded(async (event) => {
  event.preventDefault();
  await loadKeys();
}));
$('set-form').addEventListener('submit', guarded(setKey));
$('delete').addEventListener('click', guarded(deleteKey));

if (sessionStorage.getItem(KEY_ITEM)) {
  guarded(loadProjects)();
} else {
  status('paste an API key (prontodb admin create-apikey USER) to begin');
}
