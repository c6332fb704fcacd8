// The header's menus: a click outside an open menu, or Escape, closes it (opening one closes the others: name="nav").
(function () {
  function closeAll(except) {
    document.querySelectorAll('details.navgroup[open]').forEach(function (d) { if (d !== except) { d.open = false; } });
  }
  document.addEventListener('click', function (e) { closeAll(e.target.closest && e.target.closest('details.navgroup')); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeAll(null); } });
})();
