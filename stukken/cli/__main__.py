from stukken.launch import main

main()
