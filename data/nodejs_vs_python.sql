-- Tradeoff bundled data: Node.js vs Python (backend).
--
-- Seed comparison of Node.js and Python as backend technologies. These
-- INSERT statements are generated into the shipped database at build time,
-- on top of schema_v1.sql. Every score cites the article claims it rests on
-- (evidence rows pointing at the five source articles); claims that are
-- wrong or dated are kept, flagged disputed = 1 with a one-line correction,
-- and never the only support for a score.
-- Ratings use a 0-10 scale; 'Memory use' is a cost criterion (higher = more
-- memory = worse); 'Team expertise' is left NULL for the user to score.

-- Comparison ---------------------------------------------------------------
INSERT INTO comparison (id, name, description, position) VALUES (1, 'Node.js vs Python (backend)', 'Choosing a backend runtime: Node.js (JavaScript on V8) versus Python, scored from five published comparison articles. The articles agree on the broad split (Node.js for I/O and real-time, Python for data, ML and scripting) but disagree on speed, threads and data processing, and those disagreements are kept as evidence.', 0);

-- Sources (one per seed article, in file-name order) ------------------------
INSERT INTO source (id, comparison_id, title, publisher, author, published, url, note) VALUES (1, 1, 'Node.js vs Python: Key Differences and When to Use Each', 'Not stated (unattributed web article)', '', '', '', 'publisher inferred from the page text: the article names no site, company, author or date, so it is recorded as an unattributed web article.');
INSERT INTO source (id, comparison_id, title, publisher, author, published, url, note) VALUES (2, 1, 'Python vs Node.js | Know Their Differences and Which Should You Learn?', 'ACTE', 'Yuvanash (Angular Js and Node js Developer)', '2021-12-28', '', 'Date as printed: ''Last updated on 28th Dec 2021''. Blog of a training provider; the page also promotes a Node.js certification course.');
INSERT INTO source (id, comparison_id, title, publisher, author, published, url, note) VALUES (3, 1, 'NodeJS vs Python: Choosing the Best Backend Framework', 'Not stated (blog post)', '', '', '', 'publisher inferred from the page text: no site, company, author or date is named; the page ends with a ''Leave a Reply'' comment form, so it is a blog post.');
INSERT INTO source (id, comparison_id, title, publisher, author, published, url, note) VALUES (4, 1, 'Node.js vs Python: Selecting the Ideal Backend Tech for 2024', 'Not stated (software agency led by the author)', 'Nor Newman (Chief Executive Officer)', '', '', 'publisher inferred from the page text: written by the CEO of an unnamed software company that offers outsourcing and outstaffing of Node.js and Python developers. No date is printed; the title targets 2024. The text also speaks of the author''s experience ''as a Chief Technology Officer''.');
INSERT INTO source (id, comparison_id, title, publisher, author, published, url, note) VALUES (5, 1, 'Python vs Node.js: When to Use Each', 'Zfort Group', '', '', '', 'publisher inferred from the page text: it closes with ''At Zfort Group, we''ve navigated this decision across more than 2,000 projects''. No author or date is printed.');

-- Options --------------------------------------------------------------------
INSERT INTO option (id, comparison_id, name, description, color, position) VALUES (1, 1, 'Node.js', 'JavaScript runtime built on Google''s V8 engine, running code on a single-threaded, non-blocking event loop.', '#3c873a', 0);
INSERT INTO option (id, comparison_id, name, description, color, position) VALUES (2, 1, 'Python', 'General-purpose, readable language (CPython interpreter) with a synchronous-first model, asyncio for async work, and the GIL.', '#3776ab', 1);

-- Criteria (0-10 ratings) ------------------------------------------------------
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (1, 1, 'I/O-bound performance', 'Performance', 'benefit', 'Higher means faster, lower-latency handling of work that mostly waits on network, database or file I/O.', '', 0, 10, 0, 0);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (2, 1, 'CPU-bound performance', 'Performance', 'benefit', 'Higher means heavy computation (number crunching, transformation, model inference) runs faster without stalling the service.', '', 0, 10, 0, 1);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (3, 1, 'Memory use', 'Performance', 'cost', 'Rates how MUCH memory the runtime typically uses for a backend workload, so a higher score is worse (more memory used).', '', 0, 10, 0, 2);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (4, 1, 'Concurrency model', 'Performance', 'benefit', 'Higher means the built-in execution model handles many simultaneous requests or connections more naturally and efficiently.', '', 0, 10, 0, 3);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (5, 1, 'Scalability', 'Performance', 'benefit', 'Higher means it is easier to grow the service across cores, processes and machines as load rises.', '', 0, 10, 0, 4);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (6, 1, 'Package ecosystem', 'Ecosystem', 'benefit', 'Higher means a larger and more useful package registry and standard library to build on.', '', 0, 10, 0, 5);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (7, 1, 'Web frameworks', 'Ecosystem', 'benefit', 'Higher means stronger and more mature choices of web and API frameworks.', '', 0, 10, 0, 6);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (8, 1, 'Data & ML libraries', 'Ecosystem', 'benefit', 'Higher means richer, more mature libraries for data science, machine learning and AI.', '', 0, 10, 0, 7);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (9, 1, 'Learning curve', 'Developer experience', 'benefit', 'Higher means easier to learn and to read for a developer new to it.', '', 0, 10, 0, 8);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (10, 1, 'Community & hiring', 'Developer experience', 'benefit', 'Higher means a larger, more active community and an easier time hiring developers.', '', 0, 10, 0, 9);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (11, 1, 'Tooling & debugging', 'Developer experience', 'benefit', 'Higher means better tools for editing, testing and debugging, and fewer bugs that only surface at runtime.', '', 0, 10, 0, 10);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (12, 1, 'Rapid prototyping', 'Developer experience', 'benefit', 'Higher means a working first version or MVP can be built and changed faster.', '', 0, 10, 0, 11);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (13, 1, 'Real-time suitability', 'Fit for use case', 'benefit', 'Higher means better suited to chat, live feeds, multiplayer and other persistent, low-latency connections.', '', 0, 10, 0, 12);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (14, 1, 'Data processing', 'Fit for use case', 'benefit', 'Higher means better suited to transforming, aggregating and analysing datasets (ETL, pipelines, analytics).', '', 0, 10, 0, 13);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (15, 1, 'Automation & scripting', 'Fit for use case', 'benefit', 'Higher means better suited to scripts, command-line tools, DevOps and infrastructure automation.', '', 0, 10, 0, 14);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (16, 1, 'Full-stack JavaScript', 'Fit for use case', 'benefit', 'Higher means the backend can share one language, code and types with a JavaScript frontend.', '', 0, 10, 0, 15);
INSERT INTO criterion (id, comparison_id, name, category, direction, description, unit, scale_min, scale_max, user_scored, position) VALUES (17, 1, 'Team expertise', 'Team', 'benefit', 'Higher means your own team already knows this option well; you score it yourself.', '', 0, 10, 1, 16);

-- Scores and evidence ------------------------------------------------------------
-- Sources: 1 = unattributed 'Key Differences' article, 2 = ACTE (2021),
-- 3 = 'Choosing the Best Backend Framework' blog, 4 = Nor Newman (2024),
-- 5 = Zfort Group 'When to Use Each'.

-- 1. I/O-bound performance
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (1, 1, 1, 9, 'All five articles credit the non-blocking event loop with fast I/O. 9 rather than 10 because article 5 notes the gap is negligible for ordinary CRUD traffic, where database time dominates.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (1, 1, 5, 'Node.js "outperforms Python significantly on I/O-bound workloads" that wait on network requests, database queries or file reads.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (2, 1, 4, 'Node.js is particularly fast at I/O operations thanks to its non-blocking, event-driven architecture.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (3, 1, 1, 'Performance is high for I/O and real-time apps because of the event-driven model.', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (4, 1, 5, 'The "Node.js is always faster" claim is "only partially true": its lead is on I/O-bound, high-concurrency work.', 'context', 0, '', 3);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (2, 2, 1, 6, 'Synchronous-by-default Python is slower at highly concurrent I/O, as three articles say. Async frameworks such as FastAPI narrow the gap, and for typical database-bound APIs the difference rarely decides anything.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (5, 2, 1, 'Python is "slower for I/O" than Node.js.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (6, 2, 3, 'Python is synchronous by default and "slower for concurrent I/O".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (7, 2, 5, 'FastAPI is modern and async-capable, "increasingly the default choice for new Python APIs".', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (8, 2, 5, 'For CRUD apps and moderate-traffic APIs the performance difference is "essentially negligible in production".', 'supports', 0, '', 3);

-- 2. CPU-bound performance
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (3, 1, 2, 5, 'V8 compiles JavaScript to fast machine code, but a long computation blocks the single event loop that serves every other request, and the articles agree Node.js is not the tool for CPU-heavy work. Worker threads can help but the articles do not discuss them.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (9, 3, 4, 'Node.js "can struggle with CPU-intensive operations": the single thread becomes a bottleneck, e.g. for real-time transcoding.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (10, 3, 1, 'The single-threaded event loop is "less ideal for CPU-heavy work".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (11, 3, 4, 'On speed overall, "Node.js emerges as the winner" (V8 is known for its speed and performance).', 'opposes', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (12, 3, 2, 'Being built on V8 "makes it the fastest code execution library".', 'opposes', 1, 'V8 is a fast JIT engine but not the fastest; compiled languages such as C, C++, Rust and Go usually beat it on CPU-bound work.', 3);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (4, 2, 2, 6, 'Debatable. Pure CPython is slow at computation and the GIL keeps threads from running Python bytecode in parallel, but NumPy, pandas and PyTorch run the hot loops in compiled code (and on GPUs). The articles split, so 6 is a middle estimate that holds only when the work fits those libraries.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (13, 4, 5, 'For CPU-bound work "the picture flips": NumPy, Pandas and PyTorch delegate heavy lifting to optimised C and Fortran, and CUDA adds GPUs.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (14, 4, 1, 'Python is "strong in CPU-heavy tasks".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (15, 4, 4, 'As an interpreted language Python is slower than compiled languages for CPU-intensive tasks, though C-based libraries can help.', 'opposes', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (16, 4, 4, '"The single-threaded nature of Python" can bottleneck computationally demanding applications.', 'opposes', 1, 'Python has had OS threads via the threading module since the 1990s; the GIL limits parallel CPU-bound bytecode execution, not threads, and free-threaded builds are arriving from 3.13.', 3);

-- 3. Memory use
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (5, 1, 3, 4, 'Rated on how much memory is used, so lower is better here. One event-loop process serves many connections with little per-connection overhead, and article 4 says Python generally uses more; a bare V8 process does start with a larger heap than bare CPython, so not lower than 4.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (17, 5, 5, 'Node handles thousands of concurrent connections "with minimal memory overhead per connection".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (18, 5, 4, 'Python "generally tends to have higher memory consumption compared to Node.js".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (19, 5, 4, 'One thread avoids context-switching overhead between threads, giving "better resource utilization".', 'supports', 0, '', 2);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (6, 2, 3, 6, 'Rated on how much memory is used, so higher is worse. Python objects are comparatively large, and Python web servers usually get parallelism by running several worker processes, each holding its own copy of the app. The article gives no figures, so the gap is kept moderate.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (20, 6, 4, 'Python''s default lists and dictionaries "are often more memory-intensive than their JavaScript counterparts".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (21, 6, 5, 'Python works around the GIL "with multiprocessing or external tools", i.e. extra processes.', 'context', 0, '', 1);

-- 4. Concurrency model
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (7, 1, 4, 9, 'Every article presents the single-threaded event loop as Node.js''s core strength for many simultaneous connections, and its libraries are asynchronous by default. Not 10 because CPU-heavy handlers stall the one loop.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (22, 7, 5, 'Node "was designed for concurrency": the event loop registers a callback and moves on, with no thread per connection.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (23, 7, 1, 'The non-blocking model is "excellent for handling many simultaneous connections efficiently".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (24, 7, 4, 'Non-blocking I/O lets the server handle many concurrent connections without waiting for each operation to complete.', 'supports', 0, '', 2);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (8, 2, 4, 5, 'Python offers threads, processes and asyncio, but the GIL keeps threads from running Python code in parallel and most of the ecosystem is synchronous by default, so high connection counts need deliberate async design. The claim that Python cannot multithread at all is wrong and did not set this score.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (25, 8, 1, 'Python is "multi-threaded with GIL limitations"; the GIL "limits true parallel execution of threads".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (26, 8, 5, 'Python is synchronous-first: asyncio is "layered on top of a fundamentally sequential core" and the GIL constrains threading.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (27, 8, 4, 'Python supports threading, though the GIL limits true parallelism, and lets developers choose synchronous or asynchronous styles.', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (28, 8, 2, 'Python "does not support multithreading": you must run and terminate one process before others can be called.', 'opposes', 1, 'Python has had OS threads via the threading module since the 1990s; the GIL limits parallel CPU-bound bytecode execution, not threads, and free-threaded builds are arriving from 3.13.', 3);

-- 5. Scalability
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (9, 1, 5, 8, 'Three articles rate Node.js the more scalable choice for I/O-heavy services, typically run as many small processes behind a load balancer. CPU-heavy load still needs extra processes or workers, hence 8.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (29, 9, 4, 'Node.js "is designed with horizontal scalability in mind", spreading load across processes or machines.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (30, 9, 3, 'NodeJS is "typically more scalable for I/O-heavy, concurrent applications" thanks to its non-blocking architecture.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (31, 9, 2, 'Node.js apps can be built as microservices and modules that run their own processes and scale horizontally and vertically.', 'supports', 0, '', 2);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (10, 2, 5, 6, 'Python services scale out like any stateless service (more worker processes or machines) and async frameworks help with connection-heavy load, but each process handles fewer concurrent connections than a Node.js event loop, so more instances are needed for the same traffic.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (32, 10, 4, 'Python offers versatile scaling approaches; asynchronous programming "can enhance scalability", and CPU-heavy work may need offloading.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (33, 10, 3, 'Both NodeJS and Python are "powerful, scalable, and widely adopted".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (34, 10, 2, 'Python "has problems with threads": under the GIL you cannot run another process until the previous one finishes, so it scales worse.', 'opposes', 1, 'The GIL serialises bytecode inside one process only; other threads and processes still run, and Python services scale out with worker processes.', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (35, 10, 2, 'Because Python is dynamically typed, large teams can find code hard to maintain as the project scales.', 'context', 1, 'JavaScript is dynamically typed too; both sides add optional static typing (TypeScript; Python type hints with mypy or pyright).', 3);

-- 6. Package ecosystem
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (11, 1, 6, 9, 'npm is the largest registry and covers almost any web-related need. Quality varies across that many packages and Node''s standard library is smaller than Python''s, so 9 rather than 10. Package counts quoted by the articles are dated and did not set the score.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (36, 11, 5, '"npm is the largest package registry in the world, and the Node ecosystem is vast."', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (37, 11, 2, 'Node.js has "extensive and well documented libraries" managed by npm.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (38, 11, 4, 'npm offers "over 1.3 million reusable packages".', 'supports', 1, 'Counts from the article''s date; both registries have grown since.', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (39, 11, 2, 'npm, "with 350,000 packages", is the largest package repository in the world.', 'supports', 1, 'Counts from the article''s date; both registries have grown since.', 3);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (12, 2, 6, 8, 'PyPI is smaller than npm but deep, and Python''s standard library covers more without third-party packages. 8 reflects breadth slightly below npm for general web work.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (40, 12, 4, 'Python''s standard library "offers a wider range of built-in functionalities", from file I/O to networking and math.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (41, 12, 1, 'Python has "rich libraries for science, AI, web".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (42, 12, 2, 'Python libraries are well documented and easy to deploy, though newer libraries are less well documented.', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (43, 12, 4, 'PyPI hosts "over 300,000 packages".', 'supports', 1, 'Counts from the article''s date; both registries have grown since.', 3);

-- 7. Web frameworks
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (13, 1, 7, 8, 'Node.js offers a range from minimal (Express) to performance-focused (Fastify) to opinionated (NestJS). It has fewer all-in-one ''batteries included'' frameworks than Django, hence 8.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (44, 13, 5, 'Express (most widely deployed), Fastify (performance, schema validation) and NestJS (structure for large enterprise codebases).', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (45, 13, 3, 'Web frameworks named for NodeJS: ExpressJS and NestJS.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (46, 13, 4, 'Node.js "shines in web development", while Python takes the lead in data science and ML.', 'supports', 0, '', 2);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (14, 2, 7, 8, 'Django is one of the most complete web frameworks in any language and FastAPI covers modern async APIs. Article 5 calls Python''s web tooling narrower, which holds for the number of options but not their maturity, so it ties Node.js.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (47, 14, 5, 'Django (batteries included), Flask (lightweight) and FastAPI (async, automatic OpenAPI documentation).', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (48, 14, 3, 'Django and Flask are popular; Django enables rapid web development.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (49, 14, 5, 'Python''s ecosystem is "narrower in web tooling terms".', 'opposes', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (50, 14, 2, 'Lists "popular Node Js frameworks like Django and Web2Py".', 'supports', 1, 'Django and Web2Py are Python frameworks; ''Node Js frameworks'' is a slip in the article.', 3);

-- 8. Data & ML libraries
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (15, 1, 8, 3, 'The articles agree Node.js has no counterpart to Python''s data and ML stack. 3 rather than lower because a Node.js service can still call models over an API or run some JavaScript ports of them.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (51, 15, 5, 'NumPy, Pandas, Scikit-learn, TensorFlow and PyTorch are tooling "the Node world simply doesn''t replicate".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (52, 15, 5, '"Trying to do serious ML in Node is fighting the current."', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (53, 15, 4, 'Python "takes the lead in data science and ML", while Node.js shines in web development.', 'supports', 0, '', 2);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (16, 2, 8, 10, 'All five articles name Python the default for data science, ML and AI (NumPy, pandas, scikit-learn, TensorFlow, PyTorch, CUDA). Article 4 notes gaps in niches such as robotics, which rarely matter for a backend.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (54, 16, 5, 'For ML and AI "there''s no credible alternative"; Python''s ML ecosystem is "simply without peer".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (55, 16, 3, '"For AI/ML Projects: Python is unmatched."', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (56, 16, 4, 'Python is widely used in data science and ML thanks to NumPy, pandas and scikit-learn.', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (57, 16, 4, 'For robotics tasks such as motion planning Python may lack established options "as languages like ROS" have.', 'context', 1, 'ROS is a robotics framework, not a language, and it ships Python client libraries; the gap described is niche.', 3);

-- 9. Learning curve
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (17, 1, 9, 6, 'JavaScript is familiar to many developers, but callbacks, promises and the event loop are extra concepts a newcomer must master before writing correct servers; three articles rate it moderate.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (58, 17, 1, 'Learning curve: "Moderate, JavaScript syntax".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (59, 17, 3, 'Ease of learning: moderate for NodeJS, easier for Python.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (60, 17, 2, 'Not steep if you know JavaScript, but new developers need time to grasp event-driven programming.', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (61, 17, 2, 'Both languages "are sensitive to indentation and whitespace", a repeated source of errors for new developers.', 'context', 1, 'JavaScript ignores indentation; only Python uses indentation for block structure.', 3);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (18, 2, 9, 9, 'Every article that compares ease of learning puts Python ahead: readable syntax and a synchronous default model. Not 10 because async Python and packaging still take effort to learn.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (62, 18, 3, '"Python is generally easier to learn due to its clean syntax and straightforward concepts."', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (63, 18, 1, 'Learning curve: "Easy, simple and readable syntax".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (64, 18, 4, 'English-like keywords and indentation-based blocks make code readable and intuitive.', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (65, 18, 2, 'Python code is comparatively short and "writing code in Python is very simple".', 'supports', 0, '', 3);

-- 10. Community & hiring
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (19, 1, 10, 8, 'A very large, active community and a big JavaScript talent pool, as the articles say; slightly younger and more web-centred than Python''s.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (66, 19, 2, 'The Node.js community "is quite large and active globally"; "Finding talent in Node.js circles is very easy."', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (67, 19, 3, 'Community & support: "Strong and growing"; NodeJS is widely used in full-stack and real-time development.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (68, 19, 2, 'Availability of talent and community support alone "should not factor into your decision".', 'context', 0, '', 2);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (20, 2, 10, 9, 'The articles describe Python''s community as older, larger and more mature, with talent across web, data and science. The 2019 survey ranking quoted by article 2 is dated and did not set the score.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (69, 20, 2, 'Python, being older, "naturally has a larger community" and "no shortage of talent".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (70, 20, 3, 'Community & support: "Very strong and mature"; Python leads in data science and backend roles.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (71, 20, 4, 'Python''s extensive community and rich libraries are maintained by developers worldwide.', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (72, 20, 2, 'In the Stack Overflow 2019 survey "Python was the most liked programming language".', 'supports', 1, '2019 data; that year Rust topped ''most loved'' with Python second, while Python topped ''most wanted''.', 3);

-- 11. Tooling & debugging
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (21, 1, 11, 6, 'The tooling is broad (bundlers, test runners, PM2) and TypeScript adds compile-time checking, but asynchronous code makes stack traces and debugging harder, as two articles say.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (73, 21, 4, 'Debugging often needs "specialized tools and techniques" to pinpoint issues.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (74, 21, 4, 'Nested callbacks ("callback hell") make complex code harder to read and maintain.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (75, 21, 5, 'TypeScript gives type safety across the full stack, more compelling "in recent years".', 'opposes', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (76, 21, 2, 'The "parallel-process running feature" of Node.js makes finding bugs difficult.', 'supports', 1, 'Node.js runs JavaScript on one thread; debugging is harder because of asynchronous control flow, not parallel processes.', 3);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (22, 2, 11, 7, 'Readable code, mature debuggers, test frameworks and free IDEs help. Dynamic typing means some errors appear only at runtime unless the team adopts type hints and a checker, which the articles do not cover.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (77, 22, 4, 'Clear code structure and indentation "help identify and fix bugs quickly"; many free open-source IDEs and tools exist.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (78, 22, 2, 'Simple syntax helps when scanning code for bugs; Robot Framework supports automated testing.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (79, 22, 4, 'Without declared types, Python may defer bug discovery until runtime, complicating debugging.', 'opposes', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (80, 22, 4, 'Node.js "employs type inference and strict mode", detecting errors in advance, unlike Python.', 'context', 1, 'Plain JavaScript is dynamically typed like Python and strict mode catches few errors; ahead-of-time checks come from TypeScript, or mypy/pyright.', 3);

-- 12. Rapid prototyping
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (23, 1, 12, 7, 'One language end to end and npm''s reusable packages make MVPs quick, as articles 3 and 4 say. There are more setup choices and more async plumbing than with Python''s batteries-included frameworks, hence 7.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (81, 23, 3, '"For Startups: NodeJS for fast and scalable MVPs."', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (82, 23, 4, 'One language on client and server plus npm''s reusable packages speed development and "accelerates time to market".', 'supports', 0, '', 1);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (24, 2, 12, 8, 'Four articles credit Python with quick development, and Django gives an ORM, admin and auth out of the box. Article 3 still recommends Node.js for startup MVPs, so the gap is small.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (83, 24, 4, 'Concise syntax and dynamic typing make Python "well-suited for rapid prototyping".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (84, 24, 3, 'Choose Python if you need "fast development and readable code"; Django enables rapid web development.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (85, 24, 2, 'Python''s rich libraries let you "build and deploy an MVP very efficiently".', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (86, 24, 1, 'Python suits "simple, readable code for quick development".', 'supports', 0, '', 3);

-- 13. Real-time suitability
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (25, 1, 13, 9, 'Every article names real-time work as Node.js''s strongest fit. The one caveat is CPU-heavy real-time work such as transcoding, which article 4 says can strain the single thread.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (87, 25, 5, 'Real-time apps are Node''s "home turf": WebSockets, pub/sub, live notifications, multiplayer backends; Socket.IO is mature.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (88, 25, 3, 'Real-time applications: "Excellent (WebSockets, chat apps)"; "NodeJS takes the crown".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (89, 25, 4, 'Node.js handles "high concurrency, low latency, and persistent connections effectively".', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (90, 25, 2, 'If real-time data transmission is critical, "Node.js is exactly what you need".', 'supports', 0, '', 3);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (26, 2, 13, 4, 'Python can serve WebSockets through async frameworks, but it is synchronous by default and the articles consistently rate it weaker here. The claim that async Python is only a workaround is outdated and did not set the score.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (91, 26, 3, 'Real-time applications: Python "Not ideal".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (92, 26, 5, 'A real-time collaboration tool built in Python started to crawl at a few hundred concurrent users (the article''s illustrative example).', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (93, 26, 2, 'Async tools "don''t make Python inherently asynchronous"; you end up with workarounds that miss the desired asynchrony.', 'supports', 1, 'asyncio has been in the standard library since Python 3.4 and async/await since 3.5 (2015); async stacks like FastAPI work well in production.', 2);

-- 14. Data processing
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (27, 1, 14, 5, 'Node.js is good at moving data (streams, uploads, IoT feeds) but weak at transforming and analysing it. Article 2''s advice to choose Node.js for data-intensive apps is kept as opposing evidence, but it conflates I/O with processing.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (94, 27, 4, 'Apps "heavily reliant on complex calculations or data manipulation may perform better with other technologies".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (95, 27, 3, 'Python can do data processing while NodeJS handles the user-facing APIs.', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (96, 27, 4, 'Node.js suits data streaming: uploads, audio/video streaming, IoT data processing and real-time analytics.', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (97, 27, 2, 'For a data-intensive app "your preferred choice should be Node.js": parallel running and seamless I/O make it more efficient.', 'opposes', 1, 'Conflates moving data (Node.js''s strength) with transforming it; Node.js runs JavaScript on one thread, and ETL/analysis favour Python.', 3);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (28, 2, 14, 9, 'Four articles, and the data-engineering tools they name, make Python the default for ETL and analysis. Pure-Python loops are slow, so speed depends on using those compiled libraries.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (98, 28, 5, 'For data pipelines and ETL "use Python": Airflow, Pandas, Dask and PySpark are built around it.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (99, 28, 1, 'Python "shines in data processing, scientific computing, and AI".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (100, 28, 3, 'Python "dominates" in heavy computation or data manipulation; "For Data-Centric Platforms: Python is the go-to."', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (101, 28, 2, 'With "only one thread running at a time, Python is relatively slow to process data".', 'opposes', 1, 'Python has threads and processes, and bulk data work runs in compiled libraries (NumPy, pandas, PySpark) that are not bound by the GIL.', 3);

-- 15. Automation & scripting
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (29, 1, 15, 5, 'Node.js scripts work, especially in JavaScript-heavy repositories, but the articles that address automation all pick Python and its tooling there is broader.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (102, 29, 5, 'For scripting and DevOps: "Node can do this, but Python is simpler and better-supported for it."', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (103, 29, 3, 'Python, not NodeJS, is recommended when the app "involves backend scripting or automation".', 'supports', 0, '', 1);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (30, 2, 15, 9, 'Every article that addresses scripting picks Python, with strong libraries for files, HTTP, configuration and command-line tools; it is the usual language of DevOps tooling.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (104, 30, 5, 'Python is "essentially the universal scripting language of the DevOps world", with CLI libraries such as Click and Typer.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (105, 30, 4, 'Python is well suited to "scripting and automation".', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (106, 30, 3, 'Go with Python if the app "involves backend scripting or automation".', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (107, 30, 1, 'Python offers powerful libraries for AI and automation.', 'supports', 0, '', 3);

-- 16. Full-stack JavaScript
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (31, 1, 16, 10, 'This criterion is by definition what Node.js offers: one language, shared validation code and TypeScript types across client and server.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (108, 31, 5, 'With a React or Vue frontend, Node lets you "share code, types, and patterns across the stack"; Next.js blurs the boundary.', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (109, 31, 3, '"For Full-stack JavaScript Environments: NodeJS offers seamless integration."', 'supports', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (110, 31, 1, 'Choose Node.js for "JavaScript across both frontend and backend for consistency".', 'supports', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (111, 31, 4, 'JavaScript on client and server "unifies development experience and eliminates context switching".', 'supports', 0, '', 3);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (32, 2, 16, 2, 'A Python backend serves a JavaScript frontend perfectly well over an API, but nothing is shared: two languages, two toolchains, duplicated types and validation. Full-stack Python with server templates is a different thing.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (112, 32, 5, 'Next.js-style full-stack frameworks "simply don''t have a Python equivalent".', 'supports', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (113, 32, 3, 'Lists "full-stack apps" among Python''s use cases.', 'context', 0, '', 1);

-- 17. Team expertise
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (33, 1, 17, NULL, 'Not scored: rate your own team''s skill with Node.js and JavaScript (0 = nobody knows it, 10 = deep production experience). The articles say team skills decide many cases, especially general APIs.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (114, 33, 5, 'For a general CRUD API "the choice is largely a team-skills decision": if the team knows Node and Express, use those.', 'context', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (115, 33, 1, '"Pick based on your project needs and team skills."', 'context', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (116, 33, 3, 'Evaluate "your goals, team expertise, and long-term maintenance needs" before deciding.', 'context', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (117, 33, 5, 'Running both stacks only pays off if the team can maintain both; a small team carries two stacks'' overhead.', 'context', 0, '', 3);
INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (34, 2, 17, NULL, 'Not scored: rate your own team''s skill with Python and its web frameworks (0 = nobody knows it, 10 = deep production experience). The articles say team skills decide many cases, especially general APIs.');
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (118, 34, 5, 'For a general CRUD API the choice is a team-skills decision: "If your team knows Django deeply, use Django."', 'context', 0, '', 0);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (119, 34, 1, '"Pick based on your project needs and team skills."', 'context', 0, '', 1);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (120, 34, 3, 'Evaluate "your goals, team expertise, and long-term maintenance needs" before deciding.', 'context', 0, '', 2);
INSERT INTO evidence (id, score_id, source_id, claim, stance, disputed, correction, position) VALUES (121, 34, 5, 'Caution: teams that chose "based on comfort or convention, not on fit" paid for it later.', 'context', 0, '', 3);

-- Profiles --------------------------------------------------------------------------
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (1, 1, 'Balanced', 'custom', 'Every criterion weighs the same.', NULL, 0);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (2, 1, 'Real-time / high concurrency', 'scenario', 'Chat, live feeds, multiplayer or high-traffic APIs holding thousands of simultaneous connections. Article 5''s decision guide: real-time or high-concurrency points to Node.js.', 5, 1);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (3, 1, 'ML / AI / data', 'scenario', 'Model training or inference endpoints, analytics and data pipelines. Article 5''s decision guide: ML, AI or data-heavy points to Python.', 5, 2);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (4, 1, 'Full-stack JavaScript team', 'scenario', 'A team already writing React, Vue or another JavaScript frontend that wants to share code and types with the backend. Article 5''s decision guide: a full-stack JavaScript team points to Node.js.', 5, 3);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (5, 1, 'General CRUD API', 'scenario', 'A database-backed API with moderate traffic and no special constraints. Article 5 says to match your team''s strongest skills, so score Team expertise yourself; it carries the most weight here.', 5, 4);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (6, 1, 'Automation & scripting', 'scenario', 'Scripts, command-line tools, CI pipelines and DevOps tooling. Article 5''s decision guide: automation and scripting points to Python.', 5, 5);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (7, 1, 'Microservices', 'scenario', 'Several services with distinct roles. Article 5 suggests considering both languages intentionally, each where it fits, if the team can maintain both stacks.', 5, 6);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (8, 1, 'Startup MVP', 'scenario', 'A small team shipping a first version fast. Article 3 recommends Node.js for fast, scalable MVPs, while articles 2 and 4 credit Python with rapid prototyping; expect a close result decided by team skills.', 3, 7);

-- Profile weights (0-10; one row per profile and criterion) ---------------------------
-- Balanced
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 1, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 2, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 3, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 4, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 5, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 6, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 7, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 8, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 9, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 10, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 11, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 12, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 13, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 14, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 15, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 16, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (1, 17, 1);
-- Real-time / high concurrency
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 1, 9);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 2, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 3, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 4, 10);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 5, 8);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 6, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 7, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 8, 0);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 9, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 10, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 11, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 12, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 13, 10);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 14, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 15, 0);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 16, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (2, 17, 5);
-- ML / AI / data
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 1, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 2, 8);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 3, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 4, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 5, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 6, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 7, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 8, 10);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 9, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 10, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 11, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 12, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 13, 0);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 14, 10);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 15, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 16, 0);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (3, 17, 5);
-- Full-stack JavaScript team
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 1, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 2, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 3, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 4, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 5, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 6, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 7, 7);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 8, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 9, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 10, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 11, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 12, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 13, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 14, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 15, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 16, 10);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (4, 17, 8);
-- General CRUD API
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 1, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 2, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 3, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 4, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 5, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 6, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 7, 8);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 8, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 9, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 10, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 11, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 12, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 13, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 14, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 15, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 16, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (5, 17, 10);
-- Automation & scripting
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 1, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 2, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 3, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 4, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 5, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 6, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 7, 0);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 8, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 9, 7);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 10, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 11, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 12, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 13, 0);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 14, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 15, 10);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 16, 0);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (6, 17, 5);
-- Microservices
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 1, 7);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 2, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 3, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 4, 7);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 5, 9);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 6, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 7, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 8, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 9, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 10, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 11, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 12, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 13, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 14, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 15, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 16, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (7, 17, 6);
-- Startup MVP
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 1, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 2, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 3, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 4, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 5, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 6, 7);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 7, 7);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 8, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 9, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 10, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 11, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 12, 10);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 13, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 14, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 15, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 16, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (8, 17, 8);

-- Example stakeholder profiles for the Stakeholders tab: roles, not findings of the
-- articles. A workshop replaces them with the participants' own weights.

INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (9, 1, 'CTO (example)', 'stakeholder', 'Example stakeholder: a CTO weighing long-term cost, hiring and growth. Replace it with your own participants weights (Stakeholders tab, Import).', NULL, 8);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 1, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 2, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 3, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 4, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 5, 7);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 6, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 7, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 8, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 9, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 10, 8);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 11, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 12, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 13, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 14, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 15, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 16, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (9, 17, 8);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (10, 1, 'Operations (example)', 'stakeholder', 'Example stakeholder: the people who run the service and get paged. Replace it with your own participants weights.', NULL, 9);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 1, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 2, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 3, 8);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 4, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 5, 8);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 6, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 7, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 8, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 9, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 10, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 11, 7);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 12, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 13, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 14, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 15, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 16, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (10, 17, 4);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (11, 1, 'Backend developers (example)', 'stakeholder', 'Example stakeholder: the team that writes and maintains the code. Replace it with your own participants weights.', NULL, 10);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 1, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 2, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 3, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 4, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 5, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 6, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 7, 8);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 8, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 9, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 10, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 11, 7);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 12, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 13, 4);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 14, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 15, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 16, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (11, 17, 8);
INSERT INTO profile (id, comparison_id, name, kind, description, source_id, position) VALUES (12, 1, 'Data team (example)', 'stakeholder', 'Example stakeholder: analysts and ML engineers who will call or extend the backend. Replace it with your own participants weights.', NULL, 11);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 1, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 2, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 3, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 4, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 5, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 6, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 7, 2);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 8, 9);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 9, 5);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 10, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 11, 3);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 12, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 13, 1);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 14, 8);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 15, 6);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 16, 0);
INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (12, 17, 5);
