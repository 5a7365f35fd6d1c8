// GOV.UK Frontend's marker that script runs, from a file: the page's Content-Security-Policy allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
