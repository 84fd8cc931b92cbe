"""The Django project: settings, URLs, templates and forms. Views stay thin over `eligibility`."""
