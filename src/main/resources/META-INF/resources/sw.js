// The tracking page's service worker: shows the Web Push messages about a resident's case (title, text, the
// tracking page's address; never the case text) and opens the tracking page when one is tapped. No fetch handler:
// it never sees the page's requests.
self.addEventListener('push', function (event) {
  var message = {};
  try { message = event.data ? event.data.json() : {}; } catch (e) { message = { body: event.data.text() }; }
  event.waitUntil(self.registration.showNotification(message.title || 'Liaison', {
    body: message.body || '',
    tag: message.tag,
    renotify: !!message.tag,
    data: { url: message.url || '/' }
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var url = event.notification.data && event.notification.data.url;
  // only our own pages: the payload is ours, but a tap must never open another site
  var target = new URL(url || '/', self.location.origin);
  if (target.origin !== self.location.origin) target = new URL('/', self.location.origin);
  event.waitUntil(self.clients.matchAll({ type: 'window' }).then(function (windows) {
    for (var i = 0; i < windows.length; i++) {
      if (windows[i].url.split('#')[0] === target.href && 'focus' in windows[i]) return windows[i].focus();
    }
    return self.clients.openWindow(target.href);
  }));
});
