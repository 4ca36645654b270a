// Placeholder entry until the dashboard (issue 3) lands: shows what the dataset holds.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <h1>Conflict Figures</h1>
      <p>
        The dataset is built at <a href="data/dataset.json">data/dataset.json</a>.
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
