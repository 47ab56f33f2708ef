// Claimboard's small progressive enhancements; every page works without this file.
(function () {
  function drawStanceChart() {
    var canvas = document.getElementById('stance-chart');
    var data = document.getElementById('stance-chart-data');
    if (!canvas || !data || typeof Chart === 'undefined') {
      return;
    }
    var chart = JSON.parse(data.textContent);
    if (!chart.labels || chart.labels.length === 0) {
      canvas.parentNode.style.display = 'none';
      return;
    }
    var css = getComputedStyle(document.documentElement);
    var colour = function (stance) { return css.getPropertyValue('--cb-' + stance.toLowerCase()).trim() || '#888'; };
    var datasets = Object.keys(chart.series).map(function (stance) {
      return { label: stance.toLowerCase(), data: chart.series[stance], backgroundColor: colour(stance),
        borderRadius: 3, maxBarThickness: 22 };
    });
    new Chart(canvas, {
      type: 'bar',
      data: { labels: chart.labels, datasets: datasets },
      options: {
        indexAxis: 'y', maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 },
                       title: { display: true, text: 'reports' } },
                  y: { stacked: true } }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', drawStanceChart);

  // Filter forms send every field; leave the empty ones out so pushed URLs stay short and readable.
  document.addEventListener('htmx:configRequest', function (event) {
    var params = event.detail.parameters;
    var names = [];
    if (typeof params.forEach === 'function') {
      params.forEach(function (value, name) { if (value === '') { names.push(name); } });
    } else {
      Object.keys(params).forEach(function (name) { if (params[name] === '') { names.push(name); } });
    }
    names.forEach(function (name) {
      if (typeof params.delete === 'function') { params.delete(name); } else { delete params[name]; }
    });
  });
})();
