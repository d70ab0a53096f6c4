# chechnya-monitor: every set-up step lives here (CI runs .ci/run -> make test on a clean clone).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# gold sets written independently of the analyzer (tests/gold/<name>/{en,ru}.jsonl), scored by `make eval`
INDEPENDENT_GOLD := independent independent2 independent3 independent4 independent5 independent6 independent7 independent8 independent9 independent10 independent11 independent12 independent13 independent14 independent15 independent16 independent17 independent18 independent19 independent20 independent21 independent22 independent23 independent24 independent25 independent26 independent27 independent28 independent29 independent30 independent31 independent32 independent33 independent34 independent35 independent36 independent37 independent38 independent39 independent40 independent41 independent42 independent43 independent44 independent45 independent46 independent47 independent48 independent49 independent50 independent51 independent52 independent53 independent54 independent55 independent56 independent57 independent58 independent59 independent60 independent61 independent62 independent63 independent64 independent65 independent66 independent67 independent68 independent69 independent70 independent71 independent72 independent73 independent74 independent75 independent76 independent77 independent78 independent79 independent80 independent81 independent82 independent83 independent84 independent85 independent86 independent87 independent88 independent89 independent90 independent91 independent92 independent93 independent94 independent95 independent96 independent97 independent98 independent99 independent100 independent101 independent102 independent103 independent104 independent105 independent106 independent107 independent108 independent109 independent110 independent111 independent112 independent113 independent114 independent115 independent116 independent117 independent118 independent119 independent120 independent121 independent122 independent123 independent124 independent125 independent126 independent127 independent128 independent129 independent130 independent131 independent132 independent133 independent134 independent135 independent136 independent137 independent138 heldout/independent139 heldout/independent140 heldout/independent141 heldout/independent142 heldout/independent143 heldout/independent144 heldout/independent145 heldout/independent146 heldout/independent147 heldout/independent148 heldout/independent149 heldout/independent150 heldout/independent151 heldout/independent152 heldout/independent153 heldout/independent154 heldout/independent155 heldout/independent156 heldout/independent157 heldout/independent158 heldout/independent159 heldout/independent160 heldout/independent161 heldout/independent162 heldout/independent163 heldout/independent164 heldout/independent165 heldout/independent166 heldout/independent167 heldout/independent168 heldout/independent169 heldout/independent170 heldout/independent171 heldout/independent172 heldout/independent173 heldout/independent174 heldout/independent175 heldout/independent176 heldout/independent177 heldout/independent178 heldout/independent179 heldout/independent180 heldout/independent181 heldout/independent182 heldout/independent183 heldout/independent184 heldout/independent185 heldout/independent186 heldout/independent187 heldout/independent188 heldout/independent189 heldout/independent190 heldout/independent191 heldout/independent192 heldout/independent193 heldout/independent194 heldout/independent195 heldout/independent196 heldout/independent197 heldout/independent198 heldout/independent199 heldout/independent200 heldout/independent201 heldout/independent202 heldout/independent203 heldout/independent204 heldout/independent205 heldout/independent206 heldout/independent207 heldout/independent208 heldout/independent209 heldout/independent210 heldout/independent211 heldout/independent212 heldout/independent213 heldout/independent214
# the analyzer's hot-path modules compiled by mypyc (crawler/analysis/native.py); rebuilt when a source it read
# changes (the same files as the manifest's digests)
NATIVE := crawler/analysis/_native/manifest.json
NATIVE_SOURCES := $(wildcard crawler/analysis/*.py) crawler/seeds.py

.PHONY: install test lint demo run eval review-model bench report serve clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# without a C compiler the build fails and the analyzer runs its Python sources (same results, slower)
$(NATIVE): $(STAMP) $(NATIVE_SOURCES)
	$(BIN)/python -c 'import sys; from crawler.analysis.native import main; sys.exit(main())' \
		|| echo "note: running the analyzer as plain Python"

install: $(STAMP) $(NATIVE)

test: $(STAMP) $(NATIVE)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check crawler spiders storage scheduler

demo: $(STAMP) $(NATIVE)
	$(BIN)/chechnya-monitor demo

run: $(STAMP) $(NATIVE)
	$(BIN)/chechnya-monitor schedule --sources seeds/sources.toml --db data/monitor.db

eval: $(STAMP) $(NATIVE)
	@echo "== main gold set (tests/gold)"
	$(BIN)/python -m crawler.analysis.evaluate
	@for set in $(INDEPENDENT_GOLD); do \
		echo "== independent gold set (tests/gold/$$set)"; \
		$(BIN)/python -m crawler.analysis.evaluate --gold tests/gold/$$set || exit 1; \
	done
	@echo "== the learned review, scored on gold sets held out of its training (the scores above include it,"
	@echo "   trained on every set: read these for text it has not seen)"
	$(BIN)/python -m crawler.analysis.training --cross-validate

# retrain the learned review (crawler/analysis/review_model.json) after the rules or the gold sets change
review-model: $(STAMP)
	$(BIN)/python -m crawler.analysis.training

bench: $(STAMP) $(NATIVE)
	$(BIN)/python bench/run_all.py

report: $(STAMP)
	$(BIN)/chechnya-monitor report --db data/demo.db --out data/report

serve: $(STAMP)
	$(BIN)/chechnya-monitor serve --db data/demo.db

clean:
	rm -rf $(VENV) data/*.db data/report .pytest_cache crawler/analysis/_native
