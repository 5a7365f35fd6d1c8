import { initAll } from '/public/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()
