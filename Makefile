# Entry points for developers and CI; `make` lists them. Each target sets up what it needs first
# (bin/ensure-*), so a fresh clone needs only `make run` or `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export PYTHONPATH := $(CURDIR)
PY := .venv/bin/python

# PG=1: every service on its own local PostgreSQL database (a *_DB_URI already set wins).
ifeq ($(PG),1)
export CASES_DB_URI ?= postgresql+psycopg2://postgres@127.0.0.1:5432/enforcement_cases
export PROPERTY_DB_URI ?= postgresql+psycopg2://postgres@127.0.0.1:5432/enforcement_property
export NOTIFICATIONS_DB_URI ?= postgresql+psycopg2://postgres@127.0.0.1:5432/enforcement_notifications
export PERSONNEL_DB_URI ?= postgresql+psycopg2://postgres@127.0.0.1:5432/enforcement_personnel
export DISCLOSURE_DB_URI ?= postgresql+psycopg2://postgres@127.0.0.1:5432/enforcement_disclosure
endif
# Any PostgreSQL URI (from PG=1 or set by hand) means the server must be up before migrating.
DB_URIS := $(CASES_DB_URI) $(PROPERTY_DB_URI) $(NOTIFICATIONS_DB_URI) $(PERSONNEL_DB_URI) $(DISCLOSURE_DB_URI)
DB_PREREQ := $(if $(filter postgresql%,$(DB_URIS)),postgres)

.PHONY: help run test lint broker-users bench migrate topology deadletters clean venv broker postgres browser

help:
	@echo "make run          start all five services with honcho (SQLite in var/; PG=1 for PostgreSQL);"
	@echo "                  development mode: a local identity key pair in var/identity/"
	@echo "make test         run the test suite against the real RabbitMQ and PostgreSQL (PYTEST_ARGS=...)"
	@echo "make lint         check the layering contracts (lint-imports)"
	@echo "make bench        run the benchmarks (python -m bench; python -m bench.portal)"
	@echo "make migrate      migrate every service's database (PG=1 for PostgreSQL)"
	@echo "make topology     declare the event and dead-letter queues on the broker"
	@echo "make deadletters SERVICE=cases   list a service's parked messages"
	@echo "make broker-users one RabbitMQ user per service and institution (idempotent)"
	@echo "make clean        remove var/ and the venv install stamp (keeps .venv)"
	@echo "make venv | broker | postgres | browser    run one set-up step (bin/ensure-*)"

venv:
	@bin/ensure-venv
broker:
	@bin/ensure-broker
postgres:
	@bin/ensure-postgres
browser:
	@bin/ensure-browser

# `make run` is development mode: services accept the local key pair it makes once in
# var/identity/ (ignored by git). A real deployment never sets PLATFORM_DEV_MODE (README).
run: export PLATFORM_DEV_MODE := 1
run: export IDENTITY_PUBLIC_KEYS := $(CURDIR)/var/identity/public
run: export IDENTITY_ISSUER := enforcement-identity-dev
# notifications' channel adapters on the local stand-ins (deploy/notify-standins, in the Procfile)
run: export NOTIFY_GATEWAY_URL := http://127.0.0.1:8190
run: export NOTIFY_SMTP_HOST := 127.0.0.1
run: export NOTIFY_SMTP_PORT := 8025
# Development HMAC keys shared by property and the reference institutions (var/, never committed).
run: export PROPERTY_INSTITUTION_KEYS_FILE := $(CURDIR)/var/institution-keys.json
run: export INSTITUTION_KEYS_FILE := $(CURDIR)/var/institution-keys.json
run: venv broker $(DB_PREREQ)
	@mkdir -p var
	$(PY) -m shared.identity keygen var/identity --kid dev-local --if-missing
	$(PY) deploy/institutions/reference.py keygen var/institution-keys.json
	@echo "identity: a token for demos: $(PY) -m shared.identity issue --role court_system --authority HN-01 --user court@demo"
	$(PY) -m shared.migrate
	$(PY) -m shared.topology
	.venv/bin/honcho -f deploy/Procfile start

test: venv broker postgres browser lint
	$(PY) -m pytest $(PYTEST_ARGS)

# The layering of pyproject.toml [tool.importlinter]: a pure domain, no service importing another.
lint: venv
	.venv/bin/lint-imports --no-cache

bench: venv broker postgres
	$(PY) -m bench $(BENCH_ARGS)
	$(PY) -m bench.portal $(PORTAL_BENCH_ARGS)

migrate: venv $(DB_PREREQ)
	@mkdir -p var
	$(PY) -m shared.migrate

topology: venv broker
	$(PY) -m shared.topology

# One RabbitMQ user per service and institution (deploy/rabbitmq/users.json); idempotent.
broker-users: venv broker
	$(PY) -m shared.brokerusers apply

deadletters: venv broker
	@[[ -n "$(SERVICE)" ]] || { echo "usage: make deadletters SERVICE=<cases|property|notifications|personnel|disclosure>" >&2; exit 2; }
	$(PY) -m shared.deadletters list $(SERVICE)

clean:
	rm -rf var .venv/.installed
