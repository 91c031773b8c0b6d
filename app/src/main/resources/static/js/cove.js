// Sends the CSRF token with every htmx request, so htmx actions are protected like forms.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Asks before destructive form submissions marked with data-confirm.
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// Invoice line editor: adds a copy of the last line (emptied) and keeps the lines[i] indices in order.
function coveReindexLines() {
  document.querySelectorAll('#lines .line-row').forEach(function (row, i) {
    row.querySelectorAll('[name*="lines["]').forEach(function (input) {
      input.name = input.name.replace(/lines\[\d+\]/, 'lines[' + (i - 1) + ']');
      if (input.id) { input.id = input.name; }
    });
  });
}
function coveAddLine() {
  var rows = document.querySelectorAll('#lines .line-row');
  var copy = rows[rows.length - 1].cloneNode(true);
  copy.querySelectorAll('input, select').forEach(function (input) {
    if (input.type === 'checkbox') { input.checked = false; }
    else if (input.type !== 'hidden' || input.name.indexOf('visitId') >= 0) { input.value = input.name.indexOf('quantity') >= 0 ? '1' : ''; }
  });
  copy.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
  document.getElementById('lines').appendChild(copy);
  coveReindexLines();
}
function coveRemoveLine(button) {
  if (document.querySelectorAll('#lines .line-row').length > 2) {
    button.closest('.line-row').remove();
    coveReindexLines();
  }
}
