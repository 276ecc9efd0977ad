/* report.js: the script of zhen's HTML report (src/report/html.c), built
 * into the binary by scripts/embed_assets.py and allowed by the page's
 * Content-Security-Policy through its hash. It reads the page only: the
 * findings are the <li class="f"> rows, each with data-sev and data-type,
 * inside the beads, the <section>s of <main id="beads"> (in parts,
 * <div class="part">). It fetches nothing. */
(function () {
	'use strict';
	var form = document.getElementById('filters');
	/* the findings to review; those a baseline accepted (li.f.acc) are
	 * shown greyed or hidden, and never counted or stepped to */
	var rows = [].slice.call(document.querySelectorAll('li.f:not(.acc)'));
	var accRows = [].slice.call(document.querySelectorAll('li.f.acc'));
	var beads = [].slice.call(document.querySelectorAll('#beads section'));
	var parts = [].slice.call(document.querySelectorAll('#beads .part'));
	var shown = document.getElementById('shown');

	function values(name) {
		var set = {};
		[].forEach.call(form.querySelectorAll('input[name="' + name + '"]'),
			function (i) { set[i.value] = i.checked; });
		return set;
	}

	/* A row is shown when its severity and its type are; a bead when one
	 * of its rows is, or, without findings, when clean beads are asked
	 * for. */
	function apply() {
		var sev = values('sev'), type = values('type');
		var clean = form.elements.clean.checked, n = 0;
		var acc = !form.elements.acc || form.elements.acc.checked;
		rows.forEach(function (li) {
			li.hidden = !(sev[li.dataset.sev] && type[li.dataset.type]);
			if (!li.hidden)
				n++;
		});
		accRows.forEach(function (li) {
			li.hidden = !(acc && sev[li.dataset.sev] &&
				type[li.dataset.type]);
		});
		beads.forEach(function (b) {
			var fs = b.querySelectorAll('li.f');
			if (!fs.length) {
				b.hidden = !clean;
				return;
			}
			b.hidden = ![].some.call(fs, function (li) {
				return !li.hidden;
			});
		});
		/* a part all hidden is hidden too, lest its placeholder height
		 * (report.css) leave a gap */
		parts.forEach(function (p) {
			p.hidden = ![].some.call(p.children, function (b) {
				return !b.hidden;
			});
		});
		shown.textContent = n + ' of ' + rows.length;
	}

	function setAll(name, on) {
		[].forEach.call(form.querySelectorAll('input[name="' + name + '"]'),
			function (i) { i.checked = on; });
	}

	/* #sev=error, #type=value (the header's counts link there), #all */
	function fromHash() {
		var m = /^#(sev|type)=([a-z]+)$/.exec(location.hash);
		if (!m && location.hash !== '#all')
			return;
		setAll('sev', true);
		setAll('type', true);
		form.elements.clean.checked = !m;
		if (m) {
			setAll(m[1], false);
			var box = form.querySelector('input[name="' + m[1] +
				'"][value="' + m[2] + '"]');
			if (box)
				box.checked = true;
		}
		apply();
	}

	/* Focus the next (+1) or previous (-1) row that is shown, from the
	 * one in focus (from the top or the bottom when none is). */
	function step(dir) {
		var vis = rows.filter(function (li) {
			return !li.hidden && !li.closest('section').hidden;
		});
		if (!vis.length)
			return;
		var at = vis.indexOf(document.activeElement);
		if (at < 0)
			at = dir > 0 ? -1 : vis.length;
		var next = vis[(at + dir + vis.length) % vis.length];
		next.focus();
		next.scrollIntoView({ block: 'center' });
	}

	document.addEventListener('keydown', function (e) {
		if (e.ctrlKey || e.metaKey || e.altKey)
			return;
		var k = e.key;
		if (k === 'n' || k === 'j') {
			step(1);
		} else if (k === 'p' || k === 'k') {
			step(-1);
		} else if (k === 's') {
			toggleSimp();
		} else {
			return;
		}
		e.preventDefault();
	});

	/* a marked figure leads to its finding */
	document.addEventListener('click', function (e) {
		var m = e.target.closest && e.target.closest('mark[data-f]');
		if (!m)
			return;
		var li = document.getElementById(m.dataset.f.split(' ')[0]);
		if (li && !li.hidden) {
			li.focus();
			li.scrollIntoView({ block: 'center' });
		}
	});

	/* a finding's figure: its rows' text as the tooltip, made on first
	 * hover rather than written into the page twice */
	document.addEventListener('mouseover', function (e) {
		var m = e.target.closest && e.target.closest('mark[data-f]');
		if (!m || m.title)
			return;
		m.title = m.dataset.f.split(' ').map(function (id) {
			var li = document.getElementById(id);
			return li ? li.textContent : '';
		}).join('\n');
	});

	/* The Simplified reading: the page's map of characters (#t2s, pairs
	 * of a character and what it becomes) applied to each Chinese
	 * sentence that has no reading of its own, on the first toggle, so
	 * that opening a long page costs nothing. */
	var simpMade = false;
	function makeSimp() {
		var t2s = document.getElementById('t2s'), map = {};
		simpMade = true;
		if (!t2s)
			return;
		var cs = Array.from(t2s.dataset.m);
		for (var i = 0; i + 1 < cs.length; i += 2)
			map[cs[i]] = cs[i + 1];
		[].forEach.call(document.querySelectorAll('#beads .zh p'),
			function (p) {
				if (p.className === 'none' || p.querySelector('.simp'))
					return;
				var t = p.textContent, s = '';
				for (var c of t)
					s += map[c] || c;
				if (s === t)
					return;
				var span = document.createElement('span');
				span.className = 'simp';
				span.lang = 'zh-Hans';
				span.textContent = s;
				p.appendChild(span);
			});
	}
	function toggleSimp() {
		if (!simpMade)
			makeSimp();
		document.body.classList.toggle('show-simp');
	}
	var simpButton = document.getElementById('simp');
	if (simpButton) /* a page without a reading has none */
		simpButton.addEventListener('click', toggleSimp);
	form.addEventListener('change', apply);
	window.addEventListener('hashchange', fromHash);
	apply();
	fromHash();
}());
