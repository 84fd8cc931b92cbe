"""gunicorn settings for production: `gunicorn -c deploy/gunicorn.conf.py webapp.wsgi`.

Each value can be changed through the environment (GUNICORN_BIND, GUNICORN_WORKERS,
GUNICORN_THREADS, GUNICORN_WORKER_CONNECTIONS, GUNICORN_TIMEOUT). The access log is written without secrets: the
logger class drops query strings (search terms, resume keys) and replaces check tokens,
short codes and invitation tokens in paths and referrers by `…` (`webapp.redaction`).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# Connections one worker holds at once. Behind a proxy that keeps a small pool of
# connections open, set it to about pool / workers + threads, so the pool is shared by the
# workers instead of landing on the one that accepted first.
worker_connections = int(os.environ.get("GUNICORN_WORKER_CONNECTIONS", "1000"))
# A request that runs longer is cut off and its worker replaced; the largest bulk upload
# takes a few seconds.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Requests before a worker is replaced (with jitter, so they do not all restart at once).
max_requests = 10_000
max_requests_jitter = 1_000

# Logs to standard error, which systemd's journal (or the container runtime) keeps.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
logger_class = "webapp.redaction.GunicornLogger"
# Client, time, request line (redacted), status, bytes, referrer (redacted), duration in ms.
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" %(M)sms'
# Behind a reverse proxy on the same machine only: trust its X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
