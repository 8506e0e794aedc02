// Tracking page: the secret lives in the URL fragment (never sent to the server in a URL); the case is read from
// the JSON API with the X-Case-Secret header, kept live by the push stream (opened with a ticket, never the
// secret) when there is one, else by polling.
(function () {
  var root = document.getElementById('track');
  if (!root || !window.fetch) return;
  var code = root.getAttribute('data-code');
  var t = JSON.parse(root.getAttribute('data-labels'));
  var api = '/api/public/cases/' + encodeURIComponent(code);
  var secret = null, timer = null, stream = null, lastSeen = null, lastEventId = 0, status = null, pending = null;
  // The push stream names each event by its type (SSE "event:"), so each needs its own listener.
  var EVENT_TYPES = ['SUBMITTED', 'ROUTE', 'ASSIGN', 'ACCEPT', 'DECLINE', 'ESCALATE', 'START_WORK', 'REQUEST_INFO',
    'PROVIDE_INFO', 'REFER', 'DEPARTMENT_REPLY', 'RECALL_REFERRAL', 'RESPOND', 'RATE', 'CLOSE_UNRATED', 'REJECT',
    'WITHDRAW', 'ADD_MESSAGE', 'EXPIRE'];
  var FINAL = ['CLOSED', 'REJECTED', 'WITHDRAWN'];
  var $ = function (id) { return document.getElementById(id); };

  function label(prefix, key) { return t[prefix + key] || key; }

  function call(method, path, body) {
    var headers = { 'X-Case-Secret': secret, 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(api + path, { method: method, headers: headers, cache: 'no-store', credentials: 'omit',
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (r) {
      if (r.status === 404) { var e = new Error('not found'); e.notFound = true; throw e; }
      if (!r.ok && r.status !== 409) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  function render(c) {
    if (!c || !c.status) return;
    status = c.status;
    (c.timeline || []).forEach(function (entry) { if (entry.id > lastEventId) lastEventId = entry.id; });
    var key = c.status + '|' + (c.timeline ? c.timeline.length : 0);
    $('live').hidden = false;
    $('live-error').hidden = true;
    if (key === lastSeen) return;
    lastSeen = key;
    $('live-code').textContent = c.displayCode;
    $('live-status').textContent = label('status_', c.status);
    $('live-status').setAttribute('data-status', c.status);
    var meta = [c.venueName];
    if (c.heldBy) meta.push(t.js_heldBy + ' ' + (document.documentElement.lang === 'en' ? c.heldBy.nameEn : c.heldBy.nameZh));
    $('live-meta').textContent = meta.join(' · ');
    var list = $('live-timeline');
    list.textContent = '';
    (c.timeline || []).forEach(function (entry) {
      var li = document.createElement('li');
      var time = document.createElement('time');
      time.textContent = new Date(entry.at).toLocaleString(document.documentElement.lang);
      li.appendChild(time);
      li.appendChild(document.createTextNode(' ' + label('event_', entry.type)));
      if (entry.note) {
        var note = document.createElement('span');
        note.className = 'note';
        note.textContent = entry.note;
        li.appendChild(note);
      }
      list.appendChild(li);
    });
    var allowed = c.allowedActions || [];
    $('message-form').hidden = allowed.indexOf('ADD_MESSAGE') < 0 && allowed.indexOf('PROVIDE_INFO') < 0;
    $('rating-form').hidden = allowed.indexOf('RATE') < 0;
    $('withdraw').hidden = allowed.indexOf('WITHDRAW') < 0;
  }

  function failed(e) {
    $('live').hidden = false;
    $('live-error').hidden = false;
    $('live-error').textContent = e && e.notFound ? t.js_notFound : t.js_error;
  }

  function refresh() { return call('GET', '').then(render, failed); }

  // A burst of events (or a replay) reads the case once.
  function soon() {
    if (pending) return;
    pending = setTimeout(function () { pending = null; refresh(); }, 250);
  }

  function poll() {
    if (timer || FINAL.indexOf(status) >= 0) return;
    timer = setInterval(refresh, 10000);
  }

  function stopPolling() {
    if (timer) clearInterval(timer);
    timer = null;
  }

  // The secret never goes in a URL: it buys (POST, header) a short-lived ticket for this case's stream, and a
  // reconnect buys a fresh one.
  function live() {
    if (!window.EventSource || FINAL.indexOf(status) >= 0) return poll();
    call('POST', '/events/tickets').then(function (issued) {
      try {
        // Resume after what the page already shows, so the stream does not replay the whole history.
        stream = new EventSource(api + '/events?ticket=' + encodeURIComponent(issued.ticket) + '&lastEventId=' + lastEventId);
      } catch (e) { return poll(); }
      stopPolling();
      stream.onmessage = soon;
      EVENT_TYPES.forEach(function (type) { stream.addEventListener(type, soon); });
      stream.onerror = function () {
        // it broke, the ticket expired, or the case is closed: poll meanwhile, re-read now, try the stream again later
        if (stream) stream.close();
        stream = null;
        poll();
        refresh();
        if (FINAL.indexOf(status) < 0) setTimeout(live, 30000);
      };
    }, poll);
  }

  function start(s) {
    secret = s;
    var form = $('secret-form');
    if (form) form.hidden = true;
    refresh().then(live).then(function () {
      // notify.js offers Web Push for the case shown
      if (status) root.dispatchEvent(new CustomEvent('case-shown', { detail: { secret: secret, status: status } }));
    });
  }

  function act(path, body) {
    return call('POST', path, body).then(function (c) { lastSeen = null; render(c); }, failed);
  }

  $('message-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var text = $('message').value.trim();
    if (!text) return;
    act('/messages', { text: text }).then(function () { $('message').value = ''; });
  });
  $('rating-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var chosen = document.querySelector('input[name=rating]:checked');
    if (!chosen) return;
    var comment = $('rating-comment').value.trim();
    act('/rating', comment ? { rating: chosen.value, comment: comment } : { rating: chosen.value });
  });
  $('withdraw').addEventListener('click', function () {
    if (window.confirm(t.js_confirmWithdraw)) act('/withdraw');
  });
  document.addEventListener('visibilitychange', function () { if (!document.hidden && secret) refresh(); });

  var typed = $('secret-form');
  if (typed) {
    typed.addEventListener('submit', function (e) {
      var value = $('secret').value.trim();
      if (!value) return;
      e.preventDefault();
      history.replaceState(null, '', '#' + value);
      start(value);
    });
  }
  var fragment = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (fragment) start(fragment);
})();
