// "Notify me" on the tracking page (Web Push), kept apart from track.js, which announces the case it shows.
(function () {
  var root = document.getElementById('track');
  if (!root || !window.fetch || !window.CustomEvent) return;
  var code = root.getAttribute('data-code');
  var t = JSON.parse(root.getAttribute('data-labels'));
  var api = '/api/public/cases/' + encodeURIComponent(code);
  var FINAL = ['CLOSED', 'REJECTED', 'WITHDRAWN'];
  var secret = null, offered = false;
  var $ = function (id) { return document.getElementById(id); };

  // "Notify me" (Web Push): offered only where the browser has service workers and PushManager, notifications are
  // not blocked, and the service sends Web Push (its public key answers). One browser subscription serves every
  // case followed in this browser; stopping removes it from this case only, on the server.
  function notify(shown) {
    secret = shown.detail.secret;
    if (!('serviceWorker' in navigator) || !window.PushManager || !window.Notification
        || Notification.permission === 'denied' || FINAL.indexOf(shown.detail.status) >= 0 || offered) return;
    offered = true;
    fetch('/api/public/webpush/public-key', { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error('no Web Push');
      return r.json();
    }).then(function (key) {
      return navigator.serviceWorker.register('/sw.js', { scope: '/t/' }).then(function (registration) {
        offer(registration, key.publicKey);
      });
    }).catch(function () { /* no button */ });
  }

  function offer(registration, key) {
    var button = $('notify-button'), note = $('notify-status'), remembered = 'liaison.notify.' + code;
    var on = false;
    try { on = localStorage.getItem(remembered) === '1'; } catch (e) { /* private mode: start from off */ }
    function show(state, text) {
      on = state;
      try { if (on) localStorage.setItem(remembered, '1'); else localStorage.removeItem(remembered); } catch (e) { }
      button.textContent = on ? t.js_notifyStop : t.js_notifyMe;
      note.textContent = text || '';
    }
    function subscription(method, body) {
      return fetch(api + '/push-subscriptions', { method: method, cache: 'no-store', credentials: 'omit',
        headers: { 'X-Case-Secret': secret, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
        .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); });
    }
    show(on);
    $('notify').hidden = false;
    button.addEventListener('click', function () {
      button.disabled = true;
      var next = on
        ? registration.pushManager.getSubscription().then(function (s) {
            return s ? subscription('DELETE', { endpoint: s.endpoint }) : null;
          }).then(function () { show(false, t.js_notifyOff); })
        : registration.pushManager.getSubscription().then(function (s) {
            return s || registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes(key) });
          }).then(function (s) { return subscription('POST', s.toJSON()); }).then(function () { show(true, t.js_notifyOn); });
      next.catch(function () {
        note.textContent = Notification.permission === 'denied' ? t.js_notifyDenied : t.js_notifyFailed;
      }).then(function () { button.disabled = false; });
    });
  }

  function bytes(base64url) {
    var raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((base64url.length + 3) % 4));
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  root.addEventListener('case-shown', notify);
})();
