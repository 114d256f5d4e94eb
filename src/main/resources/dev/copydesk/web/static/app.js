// The copydesk upload page: sign in (token -> session cookie), upload with progress, preview.
// Everything the server sends is inserted with textContent, never as HTML.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const state = { csrf: null, file: null, key: null };

  function show(id, visible) {
    $(id).hidden = !visible;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  async function startSession() {
    const reply = await fetch('api/v1/session', { credentials: 'same-origin' });
    if (reply.ok) {
      state.csrf = (await reply.json()).csrfToken;
      show('signin', false);
      show('upload', true);
    } else {
      show('upload', false);
      show('signin', true);
      $('token').focus();
    }
  }

  async function signIn(event) {
    event.preventDefault();
    const token = $('token').value.trim();
    const reply = await fetch('api/v1/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Authorization: 'Bearer ' + token },
    });
    $('token').value = '';
    if (!reply.ok) {
      showProblemIn('signin-form', await problemOf(reply));
      return;
    }
    state.csrf = (await reply.json()).csrfToken;
    show('signin', false);
    show('upload', true);
    $('file').focus();
  }

  async function problemOf(reply) {
    try {
      return await reply.json();
    } catch (e) {
      return { title: 'Unexpected reply', detail: 'HTTP ' + reply.status, code: 'HTTP_' + reply.status };
    }
  }

  function showProblemIn(formId, problem) {
    let box = $(formId).querySelector('.problem');
    if (!box) {
      box = el('p', 'problem');
      box.setAttribute('role', 'alert');
      $(formId).appendChild(box);
    }
    box.textContent = problem.title + ': ' + problem.detail;
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return String(Date.now()) + '-' + Math.random().toString(16).slice(2);
  }

  function choose(file) {
    if (!file) return;
    state.file = file;
    // One key per chosen file: a retry after a lost reply is not delivered twice.
    state.key = newKey();
    upload();
  }

  function upload() {
    const file = state.file;
    const form = new FormData();
    form.append('file', file, file.name);
    const dryRun = $('dry-run').checked;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', 'api/v1/uploads' + (dryRun ? '?dryRun=true' : ''));
    xhr.setRequestHeader('X-CSRF-Token', state.csrf || '');
    xhr.setRequestHeader('Idempotency-Key', state.key);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        const percent = Math.round((e.loaded / e.total) * 100);
        $('progress').value = percent;
        $('progress-label').textContent = 'Uploading… ' + percent + '%';
      }
    };
    xhr.upload.onload = () => {
      $('progress-label').textContent = 'Reading the article…';
    };
    xhr.onload = () => finished(xhr);
    xhr.onerror = () => failed({ title: 'Network error', detail: 'The upload did not reach the server.', code: 'NETWORK' }, true);
    show('problem', false);
    show('preview', false);
    show('progress-box', true);
    $('progress').value = 0;
    $('progress-label').textContent = 'Uploading…';
    $('status').textContent = 'Uploading ' + file.name + '…';
    xhr.send(form);
  }

  function finished(xhr) {
    show('progress-box', false);
    const body = xhr.response || {};
    if (xhr.status === 201) {
      $('status').textContent = 'Read ' + state.file.name + '.';
      render(body.entry, body.delivery);
      return;
    }
    if (xhr.status === 401) {
      startSession();
    }
    const retryable = xhr.status === 429 || xhr.status === 503 || xhr.status >= 500;
    failed(body.title ? body : { title: 'Upload failed', detail: 'HTTP ' + xhr.status, code: '' }, retryable);
  }

  function failed(problem, retryable) {
    show('progress-box', false);
    $('status').textContent = '';
    $('problem-title').textContent = problem.title;
    $('problem-detail').textContent = problem.detail || '';
    $('problem-code').textContent = problem.code || '';
    show('retry', retryable);
    show('problem', true);
  }

  function render(entry, delivery) {
    const title = $('entry-title');
    title.textContent = entry.title || 'No title found';
    title.classList.toggle('missing', !entry.title);
    $('standfirst').textContent = entry.standfirst || '';
    show('standfirst', Boolean(entry.standfirst));
    $('authors').textContent = entry.authors && entry.authors.length ? entry.authors.join(', ') : '—';
    $('published').textContent = entry.published || '—';
    $('language').textContent = entry.language || '—';
    $('words').textContent = String(entry.wordCount);
    $('source').textContent = entry.source ? entry.source.fileName : '—';
    const badge = $('delivery');
    const stateName = delivery ? delivery.state : 'not delivered';
    badge.textContent = deliveryText(delivery);
    badge.className = 'badge ' + stateName;
    renderFlags(entry.flags || []);
    renderBody(entry.body || []);
    renderRemoved(entry.removed || []);
    show('preview', true);
    title.setAttribute('tabindex', '-1');
    title.focus();
  }

  function deliveryText(delivery) {
    if (!delivery) return 'Not delivered';
    const names = {
      queued: 'Queued for the CMS', retrying: 'Retrying delivery', delivered: 'Delivered',
      conflict: 'Held: conflict in the CMS', dead: 'Delivery failed', skipped: 'Dry run: not delivered',
    };
    return names[delivery.state] || delivery.state;
  }

  function renderFlags(flags) {
    const list = $('flags');
    list.replaceChildren();
    if (!flags.length) {
      list.appendChild(el('li', 'none', 'No flags.'));
      return;
    }
    for (const flag of flags) {
      const item = el('li', flag.severity);
      item.appendChild(el('span', 'severity', flag.severity));
      item.appendChild(el('code', null, flag.code));
      item.appendChild(document.createTextNode(' ' + (flag.message || '')));
      list.appendChild(item);
    }
  }

  function renderBody(blocks) {
    const container = $('body');
    container.replaceChildren();
    const sources = new Set(blocks.filter((b) => b.duplicateOf !== null && b.duplicateOf !== undefined)
      .map((b) => b.duplicateOf));
    for (const block of blocks) {
      const node = blockElement(block);
      node.id = 'block-' + block.index;
      node.classList.add('block');
      if (sources.has(block.index)) node.classList.add('dup-source');
      if (block.duplicateOf !== null && block.duplicateOf !== undefined) {
        node.classList.add('dup');
        const note = el('span', 'dup-note');
        note.appendChild(document.createTextNode('Repeats '));
        const link = el('a', 'dup-link', 'block ' + (block.duplicateOf + 1));
        link.href = '#block-' + block.duplicateOf;
        note.appendChild(link);
        node.appendChild(note);
      }
      container.appendChild(node);
    }
  }

  function blockElement(block) {
    if (block.kind === 'table') return tableElement(block.text);
    const tags = { heading: 'h4', quote: 'blockquote', caption: 'p', list: 'p', paragraph: 'p' };
    const node = el(tags[block.kind] || 'p', block.kind === 'caption' ? 'caption' : null);
    node.appendChild(el('span', 'text', block.text));
    return node;
  }

  // A table block's text: a row per line, a cell per tab-separated field.
  function tableElement(text) {
    const node = el('div', 'table');
    const table = el('table');
    for (const line of text.split('\n')) {
      const row = el('tr');
      for (const cell of line.split('\t')) row.appendChild(el('td', null, cell));
      table.appendChild(row);
    }
    node.appendChild(table);
    return node;
  }

  function renderRemoved(removed) {
    const list = $('removed');
    list.replaceChildren();
    if (!removed.length) {
      list.appendChild(el('li', 'none', 'Nothing removed.'));
      return;
    }
    for (const item of removed) {
      const li = el('li', null, item.text);
      li.appendChild(el('span', 'reason', ' — ' + item.reason + (item.count > 1 ? ' ×' + item.count : '')));
      list.appendChild(li);
    }
  }

  function wireDropzone() {
    const zone = $('dropzone');
    ['dragenter', 'dragover'].forEach((type) => zone.addEventListener(type, (e) => {
      e.preventDefault();
      zone.classList.add('over');
    }));
    ['dragleave', 'drop'].forEach((type) => zone.addEventListener(type, () => zone.classList.remove('over')));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) choose(e.dataTransfer.files[0]);
    });
    $('file').addEventListener('change', (e) => {
      choose(e.target.files[0]);
      e.target.value = '';
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('signin-form').addEventListener('submit', signIn);
    $('retry').addEventListener('click', upload);
    wireDropzone();
    startSession();
  });
})();
