from stukken.cli import app

app()
