// The sandbox's own script: the web layer builds REST URLs on AJS.contextPath(), which a Jira page
// provides; here the server's root. Switching person or language submits its form at once.
(function () {
  'use strict';
  if (window.AJS && typeof window.AJS.contextPath === 'function' && window.AJS.contextPath() == null) {
    window.AJS.contextPath = function () { return ''; };
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select.sla-sandbox-person, select.sla-sandbox-language').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
  });
})();
