/*
 * The timeline chart of one subject: one line per claimant over time, drawn as SVG
 * from /api/timeline (the <figure id="chart"> names the URL in data-src).
 *
 * Our own code, no chart library, so the page works offline and can be read and
 * audited. Every text that comes from the news (claimant names, figures) enters the
 * page through textContent or setAttribute, never innerHTML, so it stays inert.
 *
 * What is drawn:
 *   - per claimant, a line through its figures by the day they were given; a range is
 *     an error bar from low to high around its midpoint; "at least" is a triangle
 *     pointing up, "at most" one pointing down; a denied figure is a hollow point;
 *     each point links to the sentence of its first report;
 *   - per contradiction, a red dashed segment joining the two figures and a red
 *     diamond on the day axis, whose tooltip names both figures;
 *   - a legend whose buttons hide and show a claimant's line, and a switch to a log
 *     scale for figures of very different sizes.
 */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var WIDTH = 900;
  var HEIGHT = 400;
  var MARGIN = { top: 18, right: 28, bottom: 44, left: 76 };
  var DAY_MS = 24 * 60 * 60 * 1000;
  var OUTLET_VOICE = "article:";  // the claimant key of figures an article states itself
  var COLORS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
                "#6a3d9a", "#7f7f7f", "#b15928", "#1b1b1b"];  // Okabe-Ito first: colour-blind safe
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /* An SVG element with attributes, appended to parent when one is given. */
  function svg(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  /* An HTML element with a text, appended to parent. */
  function html(name, text, parent) {
    var node = document.createElement(name);
    if (text) { node.textContent = text; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function tooltip(node, text) {
    svg("title", {}, node).textContent = text;
  }

  function number(n) {
    return n.toLocaleString("en-US");
  }

  /* A figure as people read it: the same forms as toll.render.figure_text. */
  function figureText(f) {
    var text;
    if (f.qualifier === "range") { text = number(f.low) + "–" + number(f.high); }
    else if (f.qualifier === "at_least") { text = "≥ " + number(f.low); }
    else if (f.qualifier === "at_most") { text = "≤ " + number(f.high); }
    else if (f.low === null) { text = "unspecified"; }
    else if (f.qualifier === "vague") { text = "≥ " + number(f.low); }
    else { text = (f.qualifier === "approx" ? "~" : "") + number(f.low); }
    return f.stance === "denied" ? text + " (denied)" : text;
  }

  /* Where a figure sits on the y axis: its value, the bounds of its bar and its marker
     shape; null for a figure without any number ("many"). */
  function placement(f) {
    if (f.qualifier === "range") { return { y: (f.low + f.high) / 2, low: f.low, high: f.high, shape: "dot" }; }
    if (f.qualifier === "at_most") { return { y: f.high, low: f.high, high: f.high, shape: "down" }; }
    if (f.low === null) { return null; }
    var shape = (f.qualifier === "at_least" || f.qualifier === "vague") ? "up" : "dot";
    return { y: f.low, low: f.low, high: f.low, shape: shape };
  }

  function dayOf(iso) {
    var parts = iso.split("-").map(Number);
    return Date.UTC(parts[0], parts[1] - 1, parts[2]);
  }

  function isoOf(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  function linear(domainLow, domainHigh, rangeLow, rangeHigh) {
    var span = (domainHigh - domainLow) || 1;
    return function (value) { return rangeLow + (value - domainLow) / span * (rangeHigh - rangeLow); };
  }

  /* Round tick steps (1, 2 or 5 times a power of ten) from 0 to at least max. */
  function valueTicks(max) {
    var rough = max / 5;
    var power = Math.pow(10, Math.floor(Math.log10(rough)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; })
      .find(function (s) { return s >= rough; });
    var ticks = [];
    for (var v = 0; v <= max + step / 2; v += step) { ticks.push(v); }
    return ticks;
  }

  /* Ticks on the day axis: whole days for short spans, first days of months else. */
  function dayTicks(first, last) {
    var days = (last - first) / DAY_MS;
    var ticks = [];
    if (days <= 60) {
      var step = [1, 2, 5, 7, 14].find(function (s) { return days / s <= 8; }) || 14;
      for (var t = first; t <= last; t += step * DAY_MS) { ticks.push({ at: t, label: isoOf(t) }); }
      return ticks;
    }
    var months = days / 30.4;
    var every = [1, 2, 3, 6, 12, 24].find(function (m) { return months / m <= 7; }) || 24;
    var start = new Date(first);
    var month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    while (month.getTime() <= last) {
      if (month.getUTCMonth() % every === 0 || every === 1) {
        ticks.push({ at: month.getTime(), label: MONTHS[month.getUTCMonth()] + " " + month.getUTCFullYear() });
      }
      month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    }
    return ticks;
  }

  function claimantName(series) {
    return series.claimant === OUTLET_VOICE ? "the outlet's own voice" : series.name;
  }

  function articleLink(f) {
    var report = f.reports[0];
    return "/articles/" + encodeURIComponent(report.article_id) + "#t-" + encodeURIComponent(report.claim_id);
  }

  /* Ticks of a log axis: 1, 2 and 5 times each power of ten from low to high. */
  function logTicks(low, high) {
    var ticks = [];
    for (var power = low; power <= high; power *= 10) {
      [1, 2, 5].forEach(function (m) { if (m * power <= high) { ticks.push(m * power); } });
    }
    return ticks;
  }

  /* The scales of the plot, from every figure of every series; a log scale shows
     figures of different magnitudes (498 and 55,110) side by side. */
  function scales(data, log) {
    var days = [];
    var highest = 0;
    var lowest = Infinity;
    data.series.forEach(function (s) {
      s.figures.forEach(function (f) {
        var p = placement(f);
        if (!p) { return; }
        days.push(dayOf(f.as_of));
        highest = Math.max(highest, p.high, p.y);
        if (p.low > 0) { lowest = Math.min(lowest, p.low); }
      });
    });
    var first = Math.min.apply(null, days);
    var last = Math.max.apply(null, days);
    var pad = Math.max((last - first) * 0.04, 10 * DAY_MS);
    var x = linear(first - pad, last + pad, MARGIN.left, WIDTH - MARGIN.right);
    var bottom = HEIGHT - MARGIN.bottom;
    if (log) {
      var floor = Math.pow(10, Math.floor(Math.log10(lowest === Infinity ? 1 : lowest)));
      var ceiling = Math.pow(10, Math.ceil(Math.log10(Math.max(highest, floor * 10))));
      var ly = linear(Math.log10(floor), Math.log10(ceiling), bottom, MARGIN.top);
      return { first: first - pad, last: last + pad, x: x, valueTicks: logTicks(floor, ceiling),
               y: function (v) { return ly(Math.log10(Math.max(v, floor))); } };
    }
    var ticks = valueTicks(highest || 1);
    return { first: first - pad, last: last + pad, x: x, valueTicks: ticks,
             y: linear(0, ticks[ticks.length - 1], bottom, MARGIN.top) };
  }

  function drawAxes(plot, scale) {
    var grid = svg("g", { "class": "grid" }, plot);
    var axis = svg("g", { "class": "axis" }, plot);
    var bottom = HEIGHT - MARGIN.bottom;
    scale.valueTicks.forEach(function (v) {
      var y = scale.y(v);
      svg("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y, y2: y }, grid);
      svg("text", { x: MARGIN.left - 8, y: y + 4, "text-anchor": "end" }, axis).textContent = number(v);
    });
    dayTicks(scale.first, scale.last).forEach(function (tick) {
      var x = scale.x(tick.at);
      svg("line", { x1: x, x2: x, y1: bottom, y2: bottom + 5 }, axis);
      svg("text", { x: x, y: bottom + 20, "text-anchor": "middle" }, axis).textContent = tick.label;
    });
    svg("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: bottom, y2: bottom }, axis);
    svg("line", { x1: MARGIN.left, x2: MARGIN.left, y1: MARGIN.top, y2: bottom }, axis);
  }

  function drawMarker(parent, shape, x, y, color, hollow) {
    var fill = hollow ? "#ffffff" : color;
    if (shape === "dot") {
      return svg("circle", { "class": "point", cx: x, cy: y, r: 5, fill: fill, stroke: color, "stroke-width": 2 },
                 parent);
    }
    var d = shape === "up"
      ? ["M", x, y - 7, "L", x + 6, y + 4, "L", x - 6, y + 4, "Z"]
      : ["M", x, y + 7, "L", x + 6, y - 4, "L", x - 6, y - 4, "Z"];
    return svg("path", { "class": "point", d: d.join(" "), fill: fill, stroke: color, "stroke-width": 2 }, parent);
  }

  /* Draws one claimant's line. ``taken`` counts the points already drawn at each spot,
     so a second claimant giving the same figure on the same day (a ministry and its
     spokesman) is drawn a little to the right instead of hidden behind the first. */
  function drawSeries(plot, series, color, scale, taken) {
    var group = svg("g", { "class": "series", "data-claimant": series.claimant }, plot);
    var name = claimantName(series);
    var placed = series.figures
      .map(function (f) { return { figure: f, at: placement(f) }; })
      .filter(function (p) { return p.at !== null; });
    placed.forEach(function (p) {
      var y = scale.y(p.at.y);
      var spot = Math.round(scale.x(dayOf(p.figure.as_of))) + "," + Math.round(y);
      p.x = scale.x(dayOf(p.figure.as_of)) + 8 * (taken[spot] || 0);
      p.y = y;
      taken[spot] = (taken[spot] || 0) + 1;
    });
    var path = placed.map(function (p, i) { return (i ? "L" : "M") + p.x + " " + p.y; }).join(" ");
    svg("path", { "class": "line", d: path || "M0 0", stroke: color }, group);
    placed.forEach(function (p) {
      if (p.at.high > p.at.low) {
        var low = scale.y(p.at.low);
        var high = scale.y(p.at.high);
        var bar = ["M", p.x, low, "L", p.x, high, "M", p.x - 5, low, "H", p.x + 5, "M", p.x - 5, high, "H", p.x + 5];
        svg("path", { "class": "errorbar", d: bar.join(" "), stroke: color }, group);
      }
      var link = svg("a", { href: articleLink(p.figure) }, group);
      drawMarker(link, p.at.shape, p.x, p.y, color, p.figure.stance === "denied");
      var reports = p.figure.reports.length;
      tooltip(link, name + ": " + figureText(p.figure) + " on " + p.figure.as_of +
        " (" + reports + " report" + (reports === 1 ? "" : "s") + ")");
    });
    return group;
  }

  function valueOf(f) {
    var p = placement(f);
    return p ? p.y : 0;
  }

  function drawContradictions(plot, contradictions, scale) {
    var perDay = {};
    contradictions.forEach(function (c) { perDay[c.day] = (perDay[c.day] || 0) + 1; });
    var seen = {};
    contradictions.forEach(function (c) {
      var k = seen[c.day] = (seen[c.day] || 0) + 1;
      var x = scale.x(dayOf(c.day)) + (k - (perDay[c.day] + 1) / 2) * 7;
      var bottom = HEIGHT - MARGIN.bottom;
      var group = svg("g", { "class": "contradiction", "data-day": c.day }, plot);
      svg("line", { x1: x, x2: x, y1: scale.y(valueOf(c.a)), y2: scale.y(valueOf(c.b)) }, group);
      var diamond = ["M", x, bottom - 7, "L", x + 6, bottom, "L", x, bottom + 7, "L", x - 6, bottom, "Z"];
      svg("path", { d: diamond.join(" ") }, group);
      tooltip(group, "Contradiction on " + c.day + ": " + c.a_name + " " + figureText(c.a) + " vs " +
        c.b_name + " " + figureText(c.b) + " (" + c.reason + ")");
    });
  }

  function drawLegend(container, entries, contradictions, hidden) {
    var list = html("ul", "", container);
    list.className = "legend";
    entries.forEach(function (entry) {
      var claimant = entry.series.claimant;
      var button = html("button", "", html("li", "", list));
      button.type = "button";
      button.setAttribute("aria-pressed", hidden[claimant] ? "false" : "true");
      button.dataset.claimant = claimant;
      var swatch = svg("svg", { width: 22, height: 10, "aria-hidden": "true" }, button);
      svg("line", { x1: 0, x2: 22, y1: 5, y2: 5, stroke: entry.color, "stroke-width": 3 }, swatch);
      button.appendChild(document.createTextNode(claimantName(entry.series)));
      entry.group.classList.toggle("dimmed", Boolean(hidden[claimant]));
      button.addEventListener("click", function () {
        hidden[claimant] = !hidden[claimant];
        button.setAttribute("aria-pressed", hidden[claimant] ? "false" : "true");
        entry.group.classList.toggle("dimmed", hidden[claimant]);
      });
    });
    if (contradictions.length) {
      var key = html("li", "◆ " + contradictions.length + " contradiction" +
        (contradictions.length === 1 ? "" : "s") + " (hover for both figures)", list);
      key.className = "contradiction-key";
    }
  }

  /* A checkbox that switches the value axis between linear and log. */
  function drawScaleSwitch(container, log, onChange) {
    var label = html("label", "", container);
    label.className = "scale-switch";
    var box = html("input", "", label);
    box.type = "checkbox";
    box.checked = log;
    label.appendChild(document.createTextNode(" log scale"));
    box.addEventListener("change", function () { onChange(box.checked); });
  }

  /* Draws the chart into the figure, replacing an earlier drawing; keeps which lines
     the reader hid when the scale changes. */
  function draw(figure, data, log, hidden) {
    figure.querySelectorAll(".drawing").forEach(function (node) { node.remove(); });
    var drawing = html("div", "", null);
    drawing.className = "drawing";
    figure.insertBefore(drawing, figure.firstChild);
    var drawable = data.series.some(function (s) { return s.figures.some(function (f) { return placement(f); }); });
    if (!drawable) {
      html("p", "No running totals to draw for this subject.", drawing).className = "muted";
      return;
    }
    var chart = svg("svg", { viewBox: "0 0 " + WIDTH + " " + HEIGHT, role: "img",
                             "aria-label": "Timeline of " + data.subject }, drawing);
    var scale = scales(data, log);
    drawAxes(chart, scale);
    var taken = {};
    var entries = data.series.map(function (series, i) {
      var color = COLORS[i % COLORS.length];
      return { series: series, color: color, group: drawSeries(chart, series, color, scale, taken) };
    });
    drawContradictions(chart, data.contradictions, scale);
    var controls = html("div", "", drawing);
    controls.className = "controls";
    drawLegend(controls, entries, data.contradictions, hidden);
    drawScaleSwitch(controls, log, function (checked) { draw(figure, data, checked, hidden); });
  }

  function start() {
    var figure = document.getElementById("chart");
    if (!figure || !figure.dataset.src) { return; }
    fetch(figure.dataset.src, { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("the server answered " + response.status); }
        return response.json();
      })
      .then(function (data) { draw(figure, data, false, {}); figure.dataset.drawn = "true"; })
      .catch(function (err) {
        html("p", "The chart could not be drawn: " + err.message, figure).className = "chart-error";
      });
  }

  start();
}());
