// Draws each chart from the published figures in its data-chart-data attribute (the table beside it
// holds the same figures as text). No inline script: the page's Content-Security-Policy forbids it.
(function () {
  'use strict'
  document.body.classList.add('js-enabled')
  if (!window.echarts) {
    return
  }
  var colours = ['#1d70b8', '#f47738', '#00703c', '#4c2c92', '#d4351c', '#28a197', '#b58840', '#912b88', '#85994b', '#5694ca']
  var charts = []

  function bar (data, element) {
    element.style.height = Math.max(220, 80 + data.categories.length * 26 * Math.min(data.series.length, 2)) + 'px'
    return {
      animation: false,
      color: colours,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: data.categories, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'all', data: s.data }
      })
    }
  }

  function flow (data, element) {
    var names = []
    data.links.forEach(function (link) {
      [link.source, link.target].forEach(function (name) {
        if (names.indexOf(name) < 0) {
          names.push(name)
        }
      })
    })
    element.style.height = Math.max(260, names.length * 28) + 'px'
    return {
      animation: false,
      color: colours,
      tooltip: { trigger: 'item', renderMode: 'richText' },
      series: [{
        type: 'sankey',
        left: 8,
        right: 110,
        nodeAlign: 'left',
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'source', opacity: 0.4 },
        data: names.map(function (name) { return { name: name } }),
        links: data.links
      }]
    }
  }

  document.querySelectorAll('.dashboard-chart__canvas').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart-data'))
    var option = element.getAttribute('data-chart') === 'flow' ? flow(data, element) : bar(data, element)
    var chart = window.echarts.init(element)
    chart.setOption(option)
    charts.push(chart)
    element.setAttribute('data-rendered', 'true')
  })
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize() })
  })
})()
