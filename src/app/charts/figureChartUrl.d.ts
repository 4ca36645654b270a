// The address of the chart's own file (see figureChartUrl in vite.config.ts).
declare module 'virtual:figure-chart-url' {
  const url: string;
  export default url;
}
