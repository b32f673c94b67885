// The offer page works without this file: it only adds a print button and a button that copies the page's address.
(function () {
  'use strict';

  function showStatus(message) {
    var status = document.getElementById('offer-copy-status');
    if (status) {
      status.textContent = message;
    }
  }

  function copyByHand(field) {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch (e) {
      return false;
    }
  }

  function setUpCopy() {
    var button = document.getElementById('offer-copy');
    var field = document.getElementById('offer-address');
    if (!button || !field) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var copied = button.getAttribute('data-copied');
      var notCopied = button.getAttribute('data-not-copied');
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(
          function () { showStatus(copied); },
          function () { showStatus(copyByHand(field) ? copied : notCopied); });
      } else {
        showStatus(copyByHand(field) ? copied : notCopied);
      }
    });
  }

  function setUpPrint() {
    var button = document.getElementById('offer-print');
    if (!button || typeof window.print !== 'function') {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpCopy();
    setUpPrint();
  });
}());
