# English corpus page 33: a European health-insurance policy release.
DOCS = [
dict(name="en-33-swiss-health-insurance-premiums", fmt="txt",
labels=dict(kind="policy", tags=["medical-insurance"], published="2023-09-26", regions=["CH"], source="Federal Office of Public Health"),
page="""
C|The Federal Council › Press releases
T|Compulsory health insurance premiums to rise by an average of 8.7 percent in 2024
C|Bern, 26.09.2023 - Federal Office of Public Health
|
B|The average monthly premium for compulsory health insurance in Switzerland will rise by 8.7 percent to 359.50 francs in 2024, the Federal Office of Public Health (FOPH) announced on Tuesday. The increase reflects higher spending on doctors' visits, hospital outpatient care and medicines.
|
B|The Federal Council said it would continue its cost containment packages, including reference prices for generic drugs and stronger coordination of care for patients with several chronic conditions. Cantons are responsible for premium reductions for people on low incomes.
|
B|The FOPH reviewed and approved the premiums proposed by the insurers for each canton. Insured persons can change insurer or choose a higher deductible by 30 November.
|
C|Address for enquiries: FOPH Communication, media@example.admin.ch
C|Publisher: Federal Office of Public Health
C|Last modification 26.09.2023
"""),
]
