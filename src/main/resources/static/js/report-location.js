// The report page's "attach my location": asks the phone for its position (only when the resident taps the button)
// and sends it with the report in the hidden lat/lon fields. No inline script: the CSP forbids it.
(function () {
  function wire() {
    var box = document.querySelector('.locate');
    if (!box) { return; }
    var button = box.querySelector('button');
    var hint = box.querySelector('.hint');
    if (!navigator.geolocation) { box.hidden = true; return; }
    button.addEventListener('click', function () {
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (p) {
        box.querySelector('input[name=lat]').value = p.coords.latitude.toFixed(6);
        box.querySelector('input[name=lon]').value = p.coords.longitude.toFixed(6);
        hint.textContent = box.dataset.located.replace('{0}', Math.round(p.coords.accuracy));
      }, function () {
        button.disabled = false;
        hint.textContent = box.dataset.failed;
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', wire); } else { wire(); }
})();
