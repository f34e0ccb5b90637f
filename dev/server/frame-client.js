/*
 * Script of the local runtime's own pages (index and frame; not the app):
 * submits the acting-user select on change, sizes the app iframe from the bridge
 * stand-in's resize messages, and shows its navigation notices as toasts.
 */
(function () {
  'use strict';
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      select.form.submit();
    });
  });
  var iframe = document.querySelector('iframe[data-forge-app]');
  var toasts = document.getElementById('local-toasts');
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data) return;
    if (event.data.type === 'forge:resize' && iframe && typeof event.data.height === 'number') {
      var min = Number(iframe.getAttribute('data-min-height') || 200);
      iframe.style.height = Math.max(min, event.data.height) + 'px';
    }
    // A gadget's edit view submitted (or closed): back to the gadget's view, as Jira does.
    if (event.data.type === 'forge:gadget-view') {
      var url = new URL(window.location.href);
      url.searchParams.delete('mode');
      window.location.assign(url.toString());
    }
    // A full-page module's history, in the page address as Jira keeps it: the address can be shared.
    if (event.data.type === 'forge:history' && typeof event.data.route === 'string') {
      var here = new URL(window.location.href);
      if (event.data.route === '/') here.searchParams.delete('route');
      else here.searchParams.set('route', event.data.route);
      if (event.data.push) window.history.pushState(null, '', here.toString());
      else window.history.replaceState(null, '', here.toString());
    }
    if (event.data.type === 'forge:notice' && toasts) {
      var toast = document.createElement('div');
      toast.className = 'toast';
      toast.textContent = event.data.text;
      toasts.appendChild(toast);
      setTimeout(function () {
        toast.remove();
      }, 6000);
    }
  });
})();
