/* index.js: the script of the index page of a batch's HTML reports
 * (src/report/html_index.c), built in by scripts/embed_assets.py and
 * allowed by the page's Content-Security-Policy through its hash. A click
 * on a column's heading (or Enter on it) sorts the rows by that column,
 * numbers as numbers; a second click reverses the order. */
(function () {
	'use strict';
	var table = document.getElementById('pairs');
	var body = table.tBodies[0];
	var heads = [].slice.call(table.tHead.rows[0].cells);

	function key(row, col, numeric) {
		var t = row.cells[col].textContent;
		return numeric ? Number(t) : t;
	}

	function sortBy(col) {
		var th = heads[col], numeric = th.dataset.type === 'n';
		/* numbers most first, text from A, on the first click */
		var dir = th.getAttribute('aria-sort') === 'descending' ? 1
			: th.getAttribute('aria-sort') === 'ascending' ? -1
			: numeric ? -1 : 1;
		var rows = [].slice.call(body.rows);
		rows.sort(function (a, b) {
			var x = key(a, col, numeric), y = key(b, col, numeric);
			if (x < y)
				return -dir;
			if (x > y)
				return dir;
			return a.dataset.i - b.dataset.i; /* stable: batch order */
		});
		rows.forEach(function (r) { body.appendChild(r); });
		heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
		th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
	}

	heads.forEach(function (th, col) {
		th.tabIndex = 0;
		th.addEventListener('click', function () { sortBy(col); });
		th.addEventListener('keydown', function (e) {
			if (e.key === 'Enter' || e.key === ' ') {
				e.preventDefault();
				sortBy(col);
			}
		});
	});
}());
