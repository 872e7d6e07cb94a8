(function () {
  'use strict';
  // The form works without this: it only says that a comparison is running and keeps
  // a second click from sending the texts twice.
  document.documentElement.classList.remove('nojs');
  var form = document.getElementById('cmp');
  if (!form) { return; }
  var clicked = null;
  form.addEventListener('click', function (ev) {
    if (ev.target.tagName === 'BUTTON') { clicked = ev.target; }
  });
  form.addEventListener('submit', function () {
    var submitter = clicked || document.getElementById('compare');
    if (submitter && submitter.value === 'compare') {
      var busy = document.getElementById('busy');
      if (busy) { busy.textContent = 'Comparing…'; }
      form.setAttribute('aria-busy', 'true');
      window.setTimeout(function () { submitter.disabled = true; }, 0);
    }
  });
}());
