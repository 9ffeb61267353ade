// Draws every <canvas data-chart> from the JSON block <script type="application/json" id="ID-data">,
// with the vendored Chart.js (no inline script: the CSP forbids it).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Chart === "undefined") return;
  for (const canvas of document.querySelectorAll("canvas[data-chart]")) {
    const block = document.getElementById(`${canvas.id}-data`);
    if (!block) continue;
    const spec = JSON.parse(block.textContent);
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map((d) => ({
          label: d.label, data: d.data, borderColor: d.color, backgroundColor: d.color,
          borderDash: d.dashed ? [6, 4] : [], spanGaps: true, showLine: d.line !== false, maxBarThickness: 56,
        })),
      },
      options: {
        animation: false,
        plugins: { legend: { display: spec.datasets.length > 1 } },
        scales: { y: { beginAtZero: spec.type === "bar", title: { display: Boolean(spec.unit), text: spec.unit || "" } } },
      },
    });
  }
});
