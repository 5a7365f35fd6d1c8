// The check-in page's "Use the camera" (decision 0036), for browsers with a camera and the BarcodeDetector API: it
// reads a QR card and submits the "Scan a card" form with its code, as a keyboard-wedge scanner would. Without it
// (or without JavaScript) the button stays hidden and the field works alone. No inline script: the CSP is unchanged.
(function () {
  'use strict';
  var button = document.getElementById('use-camera');
  var field = document.getElementById('card');
  var video = document.getElementById('camera');
  var status = document.getElementById('camera-status');
  if (!button || !field || !video || !('BarcodeDetector' in window)
      || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  var label = button.textContent;
  var stream = null;

  function stop() {
    if (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      stream = null;
    }
    video.hidden = true;
    button.textContent = label;
  }

  function failed() {
    stop();
    status.textContent = button.getAttribute('data-failed');
    field.focus();
  }

  function start() {
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (camera) {
        stream = camera;
        video.srcObject = camera;
        video.hidden = false;
        status.textContent = '';
        button.textContent = button.getAttribute('data-stop');
        return video.play().then(function () { look(detector); });
      })
      .catch(failed);
  }

  function look(detector) {
    if (!stream) {
      return;
    }
    detector.detect(video)
      .then(function (codes) {
        if (codes.length > 0 && codes[0].rawValue) {
          field.value = codes[0].rawValue;
          stop();
          field.form.submit();
        } else {
          window.requestAnimationFrame(function () { look(detector); });
        }
      })
      .catch(failed);
  }

  window.BarcodeDetector.getSupportedFormats()
    .then(function (formats) {
      if (formats.indexOf('qr_code') < 0) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        if (stream) {
          stop();
        } else {
          start();
        }
      });
    })
    .catch(function () { /* no detector after all: the field alone */ });
}());
