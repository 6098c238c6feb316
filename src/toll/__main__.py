from toll.cli import main

main()
