if True:
    x = (
]