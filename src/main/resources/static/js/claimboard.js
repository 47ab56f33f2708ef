// Claimboard's small progressive enhancements; every page works without this file.
(function () {
  function drawStanceChart() {
    var canvas = document.getElementById('stance-chart');
    var data = document.getElementById('stance-chart-data');
    if (!canvas || !data || typeof Chart === 'undefined') {
      return;
    }
    var rows = JSON.parse(data.textContent);
    var css = getComputedStyle(document.documentElement);
    var colour = function (stance) { return css.getPropertyValue('--cb-' + stance.toLowerCase()).trim() || '#888'; };
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.country; }),
        datasets: [{
          label: 'Personnel',
          data: rows.map(function (r) { return r.troops; }),
          backgroundColor: rows.map(function (r) { return colour(r.stance); }),
          borderRadius: 4
        }]
      },
      options: {
        indexAxis: 'y', maintainAspectRatio: false, animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (ctx) {
            var r = rows[ctx.dataIndex];
            return r.stance.toLowerCase() + ': ' + r.troops.toLocaleString('en-GB');
          } } }
        },
        scales: { x: { beginAtZero: true, ticks: { callback: function (v) { return v.toLocaleString('en-GB'); } } } }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', drawStanceChart);
})();
