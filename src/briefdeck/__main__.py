from briefdeck.cli.main import main

raise SystemExit(main())
