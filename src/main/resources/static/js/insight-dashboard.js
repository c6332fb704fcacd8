// Draws the insight dashboard's charts from the data the page carries (no inline script: the CSP forbids it).
(function () {
  function draw() {
    var box = document.getElementById('insight-charts');
    if (!box || !window.echarts) { return; }
    var data = JSON.parse(box.dataset.chart);
    function entries(map) { return Object.keys(map).map(function (k) { return { name: k, value: map[k] }; }); }
    echarts.init(document.getElementById('insight-channel')).setOption({
      tooltip: {}, series: [{ type: 'pie', radius: '55%', data: entries(data.channels) }]
    });
    var cats = entries(data.categories);
    echarts.init(document.getElementById('insight-category')).setOption({
      tooltip: {}, grid: { left: 8, right: 16, containLabel: true }, xAxis: { type: 'value' },
      yAxis: { type: 'category', axisLabel: { interval: 0 }, data: cats.map(function (c) { return c.name; }) },
      series: [{ type: 'bar', data: cats.map(function (c) { return c.value; }) }]
    });
    var open = data.points.filter(function (p) { return p[2] === 1; });
    var done = data.points.filter(function (p) { return p[2] === 0; });
    echarts.init(document.getElementById('insight-map')).setOption({
      tooltip: {}, legend: { data: [box.dataset.open, box.dataset.done] },
      xAxis: { type: 'value', scale: true, name: box.dataset.lon }, yAxis: { type: 'value', scale: true, name: box.dataset.lat },
      series: [
        { name: box.dataset.open, type: 'scatter', symbolSize: 6, data: open, itemStyle: { color: '#c0392b' } },
        { name: box.dataset.done, type: 'scatter', symbolSize: 5, data: done, itemStyle: { color: '#27ae60' } }
      ]
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
