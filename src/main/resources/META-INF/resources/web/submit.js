// Venue and deputy pages: live character count, and no second send while the first is on its way.
(function () {
  var text = document.getElementById('text');
  var count = document.getElementById('text-count');
  var form = document.getElementById('submission');
  if (text && count) {
    var max = count.getAttribute('data-max');
    var template = count.getAttribute('data-template');
    var show = function () {
      count.textContent = template.replace('{n}', Array.from(text.value).length).replace('{max}', max);
    };
    text.addEventListener('input', show);
    show();
  }
  if (form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-sent')) {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-sent', '1');
      document.getElementById('send').setAttribute('aria-disabled', 'true');
    });
  }
})();
