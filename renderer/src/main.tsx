// Entry of the renderer: mounts the app. No StrictMode double-mount in development: booting opens
// the database and starts replication, which must happen once per page.
import { createRoot } from 'react-dom/client'
import { getBridge } from './bridge/get-bridge'
import { App } from './app/App'
import './ui/styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root')
createRoot(container).render(<App bridge={getBridge} dev={import.meta.env.DEV} />)
